import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from '../App.vue';
import { ADMIN, renderWithApp, stubFetch } from '../testing/render.js';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

function englishButton(wrapper: Awaited<ReturnType<typeof renderWithApp>>['wrapper']) {
  const button = wrapper.findAll('.language-switch button').find((b) => b.text() === 'English');
  if (!button) throw new Error('no English button');
  return button;
}

describe('LanguageSwitch', () => {
  it('switches the texts, <html lang> and the remembered choice to English', async () => {
    stubFetch(() => undefined);
    const { wrapper, unmount } = await renderWithApp(App);
    expect(document.documentElement.lang).toBe('da');
    expect(wrapper.find('h1').text()).toBe('Fair konkurrence om kommunens udfordringer');

    await englishButton(wrapper).trigger('click');
    await flushPromises();

    expect(wrapper.find('h1').text()).toBe('Fair competition for the municipality’s challenges');
    expect(wrapper.find('.skip-link').text()).toBe('Skip to main content');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Fair competition for the municipality’s challenges – Fairpitch');
    expect(localStorage.getItem('fairpitch.locale')).toBe('en');
    expect(englishButton(wrapper).attributes('aria-pressed')).toBe('true');
    unmount();
  });

  it('saves the choice in the profile of a signed-in person', async () => {
    const calls = stubFetch((call) => (call.url === '/api/auth/me' && call.method === 'PATCH' ? { status: 200, body: { ...ADMIN, locale: 'en' } } : undefined));
    const { wrapper, session, unmount } = await renderWithApp(App, { user: ADMIN });
    await englishButton(wrapper).trigger('click');
    await flushPromises();
    expect(calls.filter((c) => c.method === 'PATCH')).toEqual([expect.objectContaining({ url: '/api/auth/me', body: { locale: 'en' } })]);
    expect(session.user?.locale).toBe('en');
    unmount();
  });
});
