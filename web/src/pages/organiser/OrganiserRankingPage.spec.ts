import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EvaluationMethod } from '@fairpitch/shared/challenges';
import type { RankingView } from '../../api/client.js';
import { CHALLENGE } from '../../testing/fixtures.js';
import { STAFF, renderWithApp, stubFetch } from '../../testing/render.js';
import OrganiserRankingPage from './OrganiserRankingPage.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const METHOD: EvaluationMethod = {
  criteria: [{ id: 'quality', title: { da: 'Kvalitet', en: 'Quality' }, description: { da: '', en: '' }, weight: 90, threshold: 3 }],
  scale: { min: 0, max: 10, step: 1 },
  mandatoryScreeningRules: [],
  priceWeight: 10,
  tieBreak: ['quality'],
  normalisation: 'raw',
  priceModel: { kind: 'relative-linear' },
  consensus: 'flagged',
  disagreementThreshold: 0.3,
};
const aggregate = (used: number) => ({ count: 2, mean: used, median: used, normalised: used, used });
const RANKING: RankingView = {
  method: METHOD,
  methodHash: 'a'.repeat(64),
  judgingMode: 'rubric',
  normalisation: 'raw',
  final: false,
  computedAt: '2026-12-21T10:00:00.000Z',
  excluded: [{ entryId: 'e4', label: 4, reason: 'inadmissible', confirmedBlockers: ['data-protection.cpr-in-documents'] }],
  pendingBlockers: {},
  entries: [
    { entryId: 'e1', label: 1, rank: 1, tied: true, total: 70, byCriterion: { quality: aggregate(7) }, belowThreshold: false, reasons: [], missing: [], pricePoints: 100 },
    { entryId: 'e2', label: 2, rank: 1, tied: true, total: 70, byCriterion: { quality: aggregate(7) }, belowThreshold: false, reasons: [], missing: [], pricePoints: 100 },
    { entryId: 'e3', label: 3, rank: 3, tied: false, total: 30, byCriterion: { quality: aggregate(2) }, belowThreshold: true, reasons: [{ kind: 'criterion', criterionId: 'quality', score: 2, threshold: 3 }], missing: [], pricePoints: 50 },
  ],
  agreement: { quality: { alpha: 0.81, units: 3, values: 6 } },
  keptRaw: [],
  priceWarning: null,
};
const DECIDABLE = { ...CHALLENGE, status: 'evaluation' as const, leadsToPurchase: true, evaluationMethod: METHOD };

async function open(onPost: () => void = () => undefined) {
  const calls = stubFetch((call) => {
    if (call.url === `/api/challenges/${CHALLENGE.id}/ranking`) return { status: 200, body: RANKING };
    if (call.method === 'GET' && call.url === `/api/challenges/${CHALLENGE.id}/decision`) return { status: 404, body: { code: 'jury.no-decision-yet', message: '' } };
    if (call.method === 'POST' && call.url === `/api/challenges/${CHALLENGE.id}/decision`) {
      onPost();
      return { status: 201, body: { challengeId: CHALLENGE.id, winners: ['e1'], award: { title: 'Kontrakt', description: '' }, reasons: 'x', rankingHash: 'b'.repeat(64), methodHash: 'a'.repeat(64), decidedAt: '2026-12-22T10:00:00.000Z', standstillEndsAt: '2027-01-01T10:00:00.000Z' } };
    }
    if (call.url.startsWith(`/api/challenges/${CHALLENGE.id}/entries`)) return { status: 200, body: [] };
    if (call.url === '/api/screening/rules') return { status: 200, body: { rulesetVersion: '1', rules: [{ id: 'data-protection.cpr-in-documents', area: 'data-protection', severity: 'blocker', title: { da: 'Rigtige CPR-numre i dokumenterne', en: 'Real CPR numbers in the documents' }, reference: '' }] } };
    return undefined;
  });
  const rendered = await renderWithApp(OrganiserRankingPage, { user: STAFF, props: { challenge: DECIDABLE } });
  await flushPromises();
  return { calls, ...rendered };
}

describe('OrganiserRankingPage', () => {
  it('reports ties and thresholds, names excluded entries and warns about a relative price model', async () => {
    const { wrapper, unmount } = await open();
    const rows = wrapper.findAll('tbody tr').map((r) => r.findAll('td, th').map((c) => c.text()));
    expect(rows.map((r) => r[0])).toEqual(['1 Delt', '1 Delt', '3']);
    expect(rows[2]!.at(-1)).toContain('Kvalitet: 2,00 er under tærsklen 3');
    expect(wrapper.text()).toContain('Besvarelse 4: afvist i screeningen, fordi et obligatorisk krav ikke er opfyldt: Rigtige CPR-numre i dokumenterne');
    // The shared priceModelWarning, as the server would give it.
    expect(wrapper.text()).toContain('Prismodellen kan vende rækkefølgen');
    expect(wrapper.text()).toContain('rank reversal');
    unmount();
  });

  it('lets only entries above every threshold win, and sends the decision after confirming', async () => {
    let decided = false;
    const { wrapper, calls, unmount } = await open(() => (decided = true));
    const boxes = wrapper.findAll('#decision-winners input[type=checkbox]');
    expect(boxes.map((b) => (b.element as HTMLInputElement).disabled)).toEqual([false, false, true]);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#decision-winners-error').text()).toBe('Vælg mindst én vinder.');
    await boxes[0]!.setValue(true);
    await wrapper.find('#decision-title').setValue('Kontrakt om høringsassistent');
    await wrapper.find('#decision-reasons').setValue('Højeste samlede score og over alle tærskler.');
    await wrapper.find('#decision-standstillDays').setValue('15');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(decided).toBe(false);
    await wrapper.findAll('button').find((b) => b.text() === 'Ja, træf afgørelsen')!.trigger('click');
    await flushPromises();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      winners: ['e1'],
      award: { title: 'Kontrakt om høringsassistent' },
      reasons: 'Højeste samlede score og over alle tærskler.',
      standstillDays: 15,
    });
    expect(wrapper.text()).toContain('Afgørelsen er truffet');
    expect(wrapper.emitted('changed')).toHaveLength(1);
    unmount();
  });
});
