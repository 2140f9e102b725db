import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import * as accounts from '@fairpitch/shared/accounts';
import { COMMON_MESSAGES } from '@fairpitch/shared/common';
import { createAppI18n } from '../i18n/index.js';
import PasswordRules from './PasswordRules.vue';

vi.mock('@fairpitch/shared/accounts', async (importOriginal) => {
  const actual = await importOriginal<typeof accounts>();
  return { ...actual, checkPassword: vi.fn<typeof actual.checkPassword>(actual.checkPassword) };
});

function render(props: { password: string; email?: string }, locale: 'da' | 'en' = 'da') {
  return mount(PasswordRules, { props, global: { plugins: [createAppI18n(locale)] } });
}

describe('PasswordRules', () => {
  it('states the minimum length the server enforces', () => {
    const wrapper = render({ password: '' }, 'en');
    expect(wrapper.text()).toContain(`At least ${accounts.PASSWORD_MIN_LENGTH} characters`);
  });

  it('checks with the shared checkPassword rule and shows the server’s wording', async () => {
    const wrapper = render({ password: 'kort', email: 'ada@kk.dk' });
    expect(accounts.checkPassword).toHaveBeenLastCalledWith('kort', 'ada@kk.dk');
    expect(wrapper.find('.password-rules__check').text()).toBe(COMMON_MESSAGES['auth.password_too_short']!.da.replace('{minimum}', '12'));

    await wrapper.setProps({ password: 'anders.jensen is my password', email: 'anders.jensen@kk.dk' });
    expect(wrapper.find('.password-rules__check').text()).toBe(COMMON_MESSAGES['auth.password_contains_email']!.da);

    await wrapper.setProps({ password: 'correct horse battery staple' });
    expect(wrapper.find('.password-rules__check').text()).toBe('Adgangskoden opfylder reglerne.');
  });

  it('keeps its live region in the page even before anything is typed', () => {
    const wrapper = render({ password: '' });
    expect(wrapper.find('[aria-live=polite]').exists()).toBe(true);
    expect(wrapper.find('[aria-live=polite]').text()).toBe('');
  });
});
