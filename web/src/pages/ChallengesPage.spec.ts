import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHALLENGE } from '../testing/fixtures.js';
import { renderWithApp, stubFetch } from '../testing/render.js';
import ChallengesPage from './ChallengesPage.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('ChallengesPage', () => {
  it('lists challenges with type, status, department and the deadline on Copenhagen time', async () => {
    stubFetch((call) =>
      call.url.startsWith('/api/challenges/categories') ? { status: 200, body: ['ai'] } : { status: 200, body: { items: [CHALLENGE], total: 1 } },
    );
    const { wrapper, unmount } = await renderWithApp(ChallengesPage, { route: '/challenges', locale: 'en' });
    await flushPromises();
    const card = wrapper.find('.challenge-card');
    expect(card.find('h2 a').text()).toBe(CHALLENGE.title);
    expect(card.text()).toContain('Open for entries');
    expect(card.text()).toContain('Challenge');
    expect(card.text()).toContain('Økonomiforvaltningen');
    expect(card.text()).toContain('20 December 2026 at 12:00 CET');
    expect(wrapper.find('[role=status]').text()).toBe('Challenges found: 1');
    unmount();
  });

  it('puts the search and filters in the address and asks the API with them', async () => {
    const calls = stubFetch((call) =>
      call.url.startsWith('/api/challenges/categories') ? { status: 200, body: ['ai', 'klima'] } : { status: 200, body: { items: [], total: 0 } },
    );
    const { wrapper, router, unmount } = await renderWithApp(ChallengesPage, { route: '/challenges' });
    await flushPromises();
    await wrapper.find('input[name=q]').setValue('høring');
    await wrapper.find('select[name=status]').setValue('submission-open');
    await wrapper.find('select[name=category]').setValue('klima');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ q: 'høring', status: 'submission-open', category: 'klima' });
    expect(calls.at(-1)!.url).toBe('/api/challenges?q=h%C3%B8ring&status=submission-open&category=klima&page=1&pageSize=10');
    expect(wrapper.text()).toContain('Ingen udfordringer matcher søgningen.');
    unmount();
  });

  it('offers no draft status in the filter, since drafts are never public', async () => {
    stubFetch(() => ({ status: 200, body: { items: [], total: 0 } }));
    const { wrapper, unmount } = await renderWithApp(ChallengesPage, { route: '/challenges' });
    const statuses = wrapper.findAll('select[name=status] option').map((o) => o.attributes('value'));
    expect(statuses).not.toContain('draft');
    expect(statuses).toContain('cancelled');
    unmount();
  });
});
