import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHALLENGE } from '../../testing/fixtures.js';
import { PARTICIPANT, renderWithApp, stubFetch } from '../../testing/render.js';
import JuryPairwisePage from './JuryPairwisePage.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const entry = (n: number) => ({ entryId: `e${n}`, label: n, displayName: `Entry ${n}`, title: `Løsning ${n}`, summary: `Resumé ${n}` });
const pair = (previous: number, next: number) => ({
  challengeId: CHALLENGE.id,
  pair: { previous: entry(previous), next: entry(next), reason: 'information-gain', assignedAt: '2026-12-21T10:00:00.000Z', expiresAt: '2026-12-21T10:05:00.000Z' },
});

describe('JuryPairwisePage', () => {
  it('shows the pair, records the better one and moves on to the next pair until none is left', async () => {
    const answers = [pair(1, 2), pair(2, 3), { challengeId: CHALLENGE.id, pair: null }];
    const calls = stubFetch((call) => {
      if (call.url === `/api/challenges/${CHALLENGE.id}`) return { status: 200, body: { ...CHALLENGE, type: 'hackathon' } };
      if (call.url === '/api/jury/assignments') return { status: 200, body: [{ challengeId: CHALLENGE.id, blind: true }] };
      if (call.url.endsWith('/pairwise/next')) return { status: 200, body: answers.shift() };
      if (call.url.endsWith('/pairwise/comparisons')) return { status: 201, body: { challengeId: CHALLENGE.id, recorded: true, myComparisons: calls.filter((c) => c.method === 'POST').length } };
      return undefined;
    });
    const { wrapper, unmount } = await renderWithApp(JuryPairwisePage, { route: `/jury/challenges/${CHALLENGE.id}/pairwise`, user: PARTICIPANT, props: { challengeId: CHALLENGE.id } });
    await flushPromises();
    expect(wrapper.findAll('article h2').map((h) => h.text())).toEqual(['Besvarelse 1', 'Besvarelse 2']);
    await wrapper.findAll('button').find((b) => b.text() === 'Besvarelse 2 er bedst')!.trigger('click');
    await flushPromises();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ winner: 'e2', loser: 'e1' });
    expect(wrapper.text()).toContain('Gemt: Besvarelse 2 var bedst. Du har lavet 1 sammenligninger.');
    expect(wrapper.findAll('article h2').map((h) => h.text())).toEqual(['Besvarelse 2', 'Besvarelse 3']);

    await wrapper.findAll('button').find((b) => b.text() === 'Besvarelse 2 er bedst')!.trigger('click');
    await flushPromises();
    expect(calls.filter((c) => c.method === 'POST')[1]!.body).toEqual({ winner: 'e2', loser: 'e3' });
    expect(wrapper.text()).toContain('Der er ikke flere par til dig lige nu.');
    expect(wrapper.findAll('article')).toHaveLength(0);
    unmount();
  });
});
