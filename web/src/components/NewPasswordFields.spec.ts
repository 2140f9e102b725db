import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../i18n/index.js';
import NewPasswordFields from './NewPasswordFields.vue';

function render(props: { password: string; confirm: string; passwordError?: string; confirmError?: string }) {
  return mount(NewPasswordFields, {
    props: { email: 'nora@kk.dk', passwordLabel: 'New password', confirmLabel: 'Repeat it', ...props },
    global: { plugins: [createAppI18n('en')] },
  });
}

describe('NewPasswordFields', () => {
  it('ties the password rules to the new password and passes each field back on its own', async () => {
    const wrapper = render({ password: '', confirm: '' });
    const password = wrapper.find('input[name=new-password]');
    const hintId = password.attributes('aria-describedby')!;
    expect(wrapper.find(`[id="${hintId}"]`).text()).toContain('At least 12 characters');
    await password.setValue('correct horse battery staple');
    await wrapper.find('input[name=confirm-password]').setValue('correct horse');
    expect(wrapper.emitted('update:password')).toEqual([['correct horse battery staple']]);
    expect(wrapper.emitted('update:confirm')).toEqual([['correct horse']]);
  });

  it('shows each field’s error at that field', () => {
    const wrapper = render({ password: 'x', confirm: 'y', confirmError: 'The two passwords differ.' });
    expect(wrapper.find('input[name=new-password]').attributes('aria-invalid')).toBe('false');
    const confirm = wrapper.find('input[name=confirm-password]');
    expect(confirm.attributes('aria-invalid')).toBe('true');
    expect(wrapper.find(`[id="${confirm.attributes('aria-describedby')}"]`).text()).toBe('Error: The two passwords differ.');
  });
});
