import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHALLENGE } from '../../testing/fixtures.js';
import { STAFF, renderWithApp, stubFetch } from '../../testing/render.js';
import OrganiserEntriesPage from './OrganiserEntriesPage.vue';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const STATS = `/api/challenges/${CHALLENGE.id}/entries/stats`;
const LIST = `/api/challenges/${CHALLENGE.id}/entries`;

describe('OrganiserEntriesPage', () => {
  it('shows counts only while sealed and refreshes them every 10 seconds', async () => {
    let submitted = 2;
    const calls = stubFetch((call) => (call.url === STATS ? { status: 200, body: { challengeId: CHALLENGE.id, draft: 4, submitted: submitted++, withdrawn: 0, opened: false } } : undefined));
    // Only the interval is faked; promises and the router's timers run as usual.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { wrapper, unmount } = await renderWithApp(OrganiserEntriesPage, { user: STAFF, props: { challenge: CHALLENGE } });
    await flushPromises();
    expect(wrapper.find('.stat-grid').text()).toContain('Indsendt2');
    expect(wrapper.text()).toContain('Forseglet indtil fristen');
    expect(calls.some((c) => c.url.startsWith(`${LIST}?`) || c.url === LIST)).toBe(false);

    await vi.advanceTimersByTimeAsync(10_000);
    await flushPromises();
    expect(wrapper.find('.stat-grid').text()).toContain('Indsendt3');
    expect(calls.filter((c) => c.url === STATS)).toHaveLength(2);
    unmount();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(calls.filter((c) => c.url === STATS)).toHaveLength(2);
  });

  it('explains a refused opening before the deadline', async () => {
    stubFetch((call) => {
      if (call.url === STATS) return { status: 200, body: { challengeId: CHALLENGE.id, draft: 0, submitted: 1, withdrawn: 0, opened: false } };
      if (call.url.endsWith('/entries/open')) return { status: 409, body: { code: 'entry.sealed-until-deadline', message: 'Besvarelserne kan først åbnes efter fristen.' } };
      return undefined;
    });
    const { wrapper, unmount } = await renderWithApp(OrganiserEntriesPage, { user: STAFF, props: { challenge: CHALLENGE } });
    await flushPromises();
    await wrapper.findAll('button').find((b) => b.text() === 'Åbn besvarelserne')!.trigger('click');
    await flushPromises();
    expect(wrapper.find('[role=alert]').text()).toBe('Besvarelserne kan først åbnes efter fristen.');
    unmount();
  });

  it('lists every opened entry in full with its documents', async () => {
    const opened = {
      id: 'e1',
      challengeId: CHALLENGE.id,
      status: 'submitted',
      label: 1,
      company: { id: 'k1', name: 'Høringsdata ApS', country: 'DK', cvr: '38512706', registrationNumber: null, sizeClass: 'micro' },
      revision: 2,
      submittedAt: '2026-12-19T10:00:00.000Z',
      receiptHash: 'c'.repeat(64),
      content: { solution: { title: 'Tolk', teamMembers: [{ name: 'Sofie', role: 'CEO' }] }, compliance: { hostingCountries: ['DK'], mfa: true } },
      attachments: [{ id: 'a1', fileName: 'tilbud.pdf', sha256: 'd'.repeat(64), size: 2048 }],
      withdrawnAt: null,
    };
    const calls = stubFetch((call) => {
      if (call.url === STATS) return { status: 200, body: { challengeId: CHALLENGE.id, draft: 0, submitted: 1, withdrawn: 0, opened: true } };
      if (call.url.startsWith(LIST)) return { status: 200, body: [opened] };
      return undefined;
    });
    const { wrapper, unmount } = await renderWithApp(OrganiserEntriesPage, { user: STAFF, props: { challenge: CHALLENGE } });
    await flushPromises();
    const card = wrapper.find('.entry-card');
    expect(card.find('h4').text()).toBe('Besvarelse 1 – Høringsdata ApS');
    expect(card.text()).toContain('Tolk');
    expect(card.text()).toContain('Navn: Sofie · Rolle: CEO');
    expect(card.text()).toContain('Lande, hvor data opbevares og behandles');
    expect(card.find('a[download]').attributes('href')).toBe('/api/entries/e1/attachments/a1');

    await wrapper.find('select').setValue('withdrawn');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls.at(-1)!.url).toBe(`${LIST}?status=withdrawn`);
    unmount();
  });
});
