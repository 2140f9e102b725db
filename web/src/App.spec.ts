import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from './App.vue';
import { api } from './api/client.js';
import { ADMIN, STAFF, renderWithApp, stubFetch } from './testing/render.js';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the layout', () => {
  it('starts with a skip link to the main content', async () => {
    stubFetch(() => undefined);
    const { wrapper, unmount } = await renderWithApp(App);
    const first = wrapper.element.parentElement!.querySelector('a, button, input, select, textarea, [tabindex]');
    expect(first?.className).toBe('skip-link');
    expect(first?.getAttribute('href')).toBe('#main');
    await wrapper.find('.skip-link').trigger('click');
    expect(document.activeElement?.id).toBe('main');
    unmount();
  });

  it('has labelled navigation landmarks and a main region', async () => {
    stubFetch(() => undefined);
    const { wrapper, unmount } = await renderWithApp(App, { user: ADMIN });
    const labels = wrapper.findAll('nav').map((nav) => nav.attributes('aria-label'));
    expect(labels).toEqual(['Hovedmenu', 'Brugermenu']);
    expect(wrapper.find('main#main').exists()).toBe(true);
    expect(wrapper.find('nav[aria-label=Brugermenu]').text()).toContain('Administration');
    unmount();
  });

  it('sends a signed-out reader of a protected page to sign in, remembering the page', async () => {
    stubFetch(() => undefined);
    const { router, unmount } = await renderWithApp(App, { route: '/account' });
    expect(router.currentRoute.value.name).toBe('login');
    expect(router.currentRoute.value.query.next).toBe('/account');
    unmount();
  });

  it('shows "no access" at the admin address to someone who is not an admin', async () => {
    stubFetch(() => undefined);
    const { wrapper, router, unmount } = await renderWithApp(App, { route: '/admin/users', user: STAFF });
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/admin/users');
    expect(wrapper.find('h1').text()).toBe('Ingen adgang');
    expect(document.title).toBe('Ingen adgang – Fairpitch');
    expect(wrapper.find('nav[aria-label=Brugermenu]').text()).not.toContain('Administration');
    unmount();
  });

  it('sends the reader to sign in again when the server has forgotten the session', async () => {
    stubFetch(() => ({ status: 401, body: { code: 'auth.required', message: 'Du skal være logget ind.' } }));
    const { wrapper, router, session, unmount } = await renderWithApp(App, { route: '/account', user: ADMIN });
    await api.auth.updateMe({ name: 'x' }).catch(() => undefined);
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'));
    await flushPromises();
    expect(session.user).toBeNull();
    expect(router.currentRoute.value.query.next).toBe('/account');
    expect(wrapper.find('[role=status]').text()).toBe('Din session er udløbet. Log ind igen.');
    unmount();
  });
});
