import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADMIN, renderWithApp, stubFetch } from '../testing/render.js';
import LoginPage from './LoginPage.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('LoginPage', () => {
  it('shows the server’s field errors beside the fields, linked with aria-describedby', async () => {
    stubFetch(() => ({
      status: 400,
      body: {
        code: 'validation.failed',
        message: 'Nogle felter er ikke udfyldt korrekt.',
        fields: [{ path: 'email', code: 'validation.too_big', message: 'Værdien er for lang eller for stor (højst 254).' }],
      },
    }));
    const { wrapper, unmount } = await renderWithApp(LoginPage, { route: '/login' });
    await wrapper.find('input[type=email]').setValue('x'.repeat(300));
    await wrapper.find('input[type=password]').setValue('whatever');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(wrapper.find('[role=alert]').text()).toBe('Nogle felter er ikke udfyldt korrekt.');
    const email = wrapper.find('input[type=email]');
    expect(email.attributes('aria-invalid')).toBe('true');
    const describedBy = email.attributes('aria-describedby')!.split(' ');
    const errorText = describedBy.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(errorText).toContain('Værdien er for lang eller for stor (højst 254).');
    expect(wrapper.find('input[type=password]').attributes('aria-invalid')).toBe('false');
    unmount();
  });

  it('announces wrong credentials in an alert', async () => {
    stubFetch(() => ({ status: 401, body: { code: 'auth.invalid_credentials', message: 'Forkert e-mail eller adgangskode.' } }));
    const { wrapper, unmount } = await renderWithApp(LoginPage, { route: '/login' });
    await wrapper.find('input[type=email]').setValue('admin@fairpitch.local');
    await wrapper.find('input[type=password]').setValue('wrong password');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role=alert]').text()).toBe('Forkert e-mail eller adgangskode.');
    unmount();
  });

  it('asks for both fields before calling the server', async () => {
    const calls = stubFetch(() => undefined);
    const { wrapper, unmount } = await renderWithApp(LoginPage, { route: '/login' });
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls).toHaveLength(0);
    expect(wrapper.findAll('.form-field__error')).toHaveLength(2);
    expect(wrapper.find('[role=alert]').exists()).toBe(true);
    unmount();
  });

  it('signs in and goes on to the page that asked for it', async () => {
    stubFetch((call) => (call.url === '/api/auth/login' ? { status: 200, body: ADMIN } : undefined));
    const { wrapper, router, session, unmount } = await renderWithApp(LoginPage, { route: '/login?next=/account' });
    await wrapper.find('input[type=email]').setValue('admin@fairpitch.local');
    await wrapper.find('input[type=password]').setValue('fairpitch-demo');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(session.user?.email).toBe('admin@fairpitch.local');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/account'));
    unmount();
  });
});
