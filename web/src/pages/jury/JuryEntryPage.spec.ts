import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EvaluationMethod } from '@fairpitch/shared/challenges';
import type { JurorEntryView } from '../../api/client.js';
import { CHALLENGE } from '../../testing/fixtures.js';
import { PARTICIPANT, renderWithApp, stubFetch } from '../../testing/render.js';
import JuryEntryPage from './JuryEntryPage.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const METHOD: EvaluationMethod = {
  criteria: [
    { id: 'quality', title: { da: 'Kvalitet', en: 'Quality' }, description: { da: 'Hvor godt løsningen virker', en: '' }, weight: 60, threshold: 3 },
    { id: 'feasibility', title: { da: 'Gennemførlighed', en: 'Feasibility' }, description: { da: '', en: '' }, weight: 40 },
  ],
  scale: { min: 0, max: 10, step: 1 },
  mandatoryScreeningRules: [],
  tieBreak: [],
  normalisation: 'raw',
  priceModel: { kind: 'none' },
  consensus: 'flagged',
  disagreementThreshold: 0.3,
};
const VIEW: JurorEntryView = {
  entryId: 'e0000000-0000-4000-8000-000000000007',
  challengeId: CHALLENGE.id,
  label: 7,
  displayName: 'Entry 7',
  blind: true,
  revision: 1,
  content: { solution: { title: 'Tolk' } },
  documentsWithheld: true,
  documents: [],
  screening: null,
  method: { criteria: METHOD.criteria, scale: METHOD.scale },
  myReview: null,
};
const REVIEW_URL = `/api/jury/reviews/${VIEW.entryId}`;
const PANEL_URL = `/api/jury/entries/${VIEW.entryId}/reviews`;

async function open(handler: Parameters<typeof stubFetch>[0] = () => undefined) {
  const calls = stubFetch((call) => {
    if (call.method === 'GET' && call.url === `/api/jury/entries/${VIEW.entryId}`) return { status: 200, body: VIEW };
    if (call.method === 'GET' && call.url === `/api/challenges/${CHALLENGE.id}`) return { status: 200, body: { ...CHALLENGE, evaluationMethod: METHOD } };
    return handler(call);
  });
  const rendered = await renderWithApp(JuryEntryPage, { route: `/jury/entries/${VIEW.entryId}`, user: PARTICIPANT, props: { entryId: VIEW.entryId, autosaveDelayMs: 0 } });
  await flushPromises();
  return { calls, ...rendered };
}

const saved = (body: unknown, submitted = false) => ({
  status: 200,
  body: { entryId: VIEW.entryId, label: 7, displayName: 'Entry 7', status: submitted ? 'submitted' : 'draft', scores: (body as { scores: unknown }).scores, updatedAt: '2026-12-21T10:00:00.000Z', submittedAt: submitted ? '2026-12-21T10:00:00.000Z' : null },
});

describe('JuryEntryPage', () => {
  it('shows a blind entry by its number, with its documents held back until identity leaks are cleared', async () => {
    const { wrapper, unmount } = await open();
    expect(wrapper.find('h1').text()).toBe('Bedømmelse: Besvarelse 7');
    expect(wrapper.text()).toContain('Anonym bedømmelse: virksomhedens navn');
    expect(wrapper.text()).toContain('Dokumenterne vises, når en arrangør har fjernet eller accepteret');
    // Every score is chosen from the published scale.
    const options = wrapper.findAll('#jr-quality-value option').map((o) => o.text());
    expect(options).toEqual(['Vælg …', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    unmount();
  });

  it('saves a draft by itself with the scores given so far', async () => {
    const { wrapper, calls, unmount } = await open((call) => (call.method === 'PUT' && call.url === REVIEW_URL ? saved(call.body) : undefined));
    await wrapper.find('#jr-quality-value').setValue('8');
    await wrapper.find('#jr-quality-justification').setValue('Præcis sortering.');
    await vi.waitFor(() => expect(wrapper.find('[role=status].save-state').text()).toMatch(/^Kladde gemt /));
    const last = calls.filter((c) => c.method === 'PUT').at(-1)!;
    expect(last.body).toEqual({ scores: [{ criterionId: 'quality', value: 8, justification: 'Præcis sortering.' }] });
    unmount();
  });

  it('refuses to submit while a score or a justification is missing, linking to each field', async () => {
    const { wrapper, calls, unmount } = await open((call) => (call.method === 'PUT' ? saved(call.body) : undefined));
    await wrapper.find('#jr-quality-value').setValue('8');
    await flushPromises();
    await wrapper.findAll('button').find((b) => b.text() === 'Indsend bedømmelsen')!.trigger('click');
    await flushPromises();
    const links = wrapper.findAll('.issue-list a').map((a) => [a.text(), a.attributes('href')]);
    expect(links).toEqual([
      ['Kvalitet: Skriv en begrundelse for pointene.', '#jr-quality-justification'],
      ['Gennemførlighed: Giv point for kriteriet, før du indsender.', '#jr-feasibility-value'],
      ['Gennemførlighed: Skriv en begrundelse for pointene.', '#jr-feasibility-justification'],
    ]);
    expect(wrapper.text()).toContain('Bedømmelsen mangler 3 ting.');
    expect(calls.some((c) => c.method === 'PUT' && (c.body as { submit?: boolean }).submit)).toBe(false);
    unmount();
  });

  it('submits after confirming, locks the review, and only then shows the panel with disagreements flagged by the shared rule', async () => {
    let submitted = false;
    const { wrapper, calls, unmount } = await open((call) => {
      if (call.method === 'PUT' && call.url === REVIEW_URL) {
        submitted ||= (call.body as { submit?: boolean }).submit === true;
        return saved(call.body, (call.body as { submit?: boolean }).submit === true);
      }
      if (call.method === 'GET' && call.url === PANEL_URL) {
        if (!submitted) return { status: 403, body: { code: 'jury.submit-first', message: 'Indsend først.' } };
        return {
          status: 200,
          body: {
            entryId: VIEW.entryId,
            label: 7,
            reviews: [
              { juror: 'Juror A', mine: true, status: 'submitted', scores: [{ criterionId: 'quality', value: 8, justification: 'Præcis.' }, { criterionId: 'feasibility', value: 6, justification: 'Realistisk.' }], updatedAt: '', submittedAt: '' },
              { juror: 'Juror B', mine: false, status: 'submitted', scores: [{ criterionId: 'quality', value: 2, justification: 'Svag test.' }, { criterionId: 'feasibility', value: 5, justification: 'Ok.' }], updatedAt: '', submittedAt: '' },
            ],
          },
        };
      }
      return undefined;
    });
    expect(calls.some((c) => c.url === PANEL_URL)).toBe(false);
    await wrapper.find('#jr-quality-value').setValue('8');
    await wrapper.find('#jr-quality-justification').setValue('Præcis.');
    await wrapper.find('#jr-feasibility-value').setValue('6');
    await wrapper.find('#jr-feasibility-justification').setValue('Realistisk.');
    await flushPromises();
    await wrapper.findAll('button').find((b) => b.text() === 'Indsend bedømmelsen')!.trigger('click');
    await flushPromises();
    expect(wrapper.find('dialog').attributes('open')).toBeDefined();
    await wrapper.findAll('button').find((b) => b.text() === 'Ja, indsend')!.trigger('click');
    await flushPromises();

    const submit = calls.filter((c) => c.method === 'PUT').at(-1)!;
    expect(submit.body).toEqual({
      scores: [
        { criterionId: 'quality', value: 8, justification: 'Præcis.' },
        { criterionId: 'feasibility', value: 6, justification: 'Realistisk.' },
      ],
      submit: true,
    });
    expect(wrapper.text()).toContain('Bedømmelsen er indsendt');
    expect((wrapper.find('#jr-quality-value').element as HTMLSelectElement).closest('fieldset')!.disabled).toBe(true);
    const panel = wrapper.find('[aria-labelledby=je-panel]');
    expect(panel.text()).toContain('Juror A (dig): 8 – Præcis.');
    expect(panel.text()).toContain('Juror B: 2 – Svag test.');
    // 8 − 2 = 6 is more than 30 % of 0–10; 6 − 5 = 1 is not.
    const headings = panel.findAll('h3').map((h) => h.text());
    expect(headings).toEqual(['Kvalitet Uenighed', 'Gennemførlighed']);
    unmount();
  });
});
