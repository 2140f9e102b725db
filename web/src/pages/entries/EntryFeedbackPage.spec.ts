import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntryFeedback } from '../../api/client.js';
import { CHALLENGE, ENTRY } from '../../testing/fixtures.js';
import { PARTICIPANT, renderWithApp, stubFetch } from '../../testing/render.js';
import EntryFeedbackPage from './EntryFeedbackPage.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const FEEDBACK: EntryFeedback = {
  entryId: ENTRY.id,
  challengeId: CHALLENGE.id,
  decidedAt: '2027-01-10T10:00:00.000Z',
  judgingMode: 'rubric',
  winner: false,
  award: null,
  awardWinners: null,
  rank: 2,
  tied: true,
  rankedEntries: 5,
  band: 'second-quarter',
  total: 64.25,
  belowThreshold: false,
  thresholdReasons: [],
  excluded: null,
  criteria: [
    {
      criterionId: 'quality',
      title: { da: 'Kvalitet', en: 'Quality' },
      weight: 60,
      used: 6,
      mean: 5.5,
      consensus: { value: 6, justification: 'Panelet enedes om 6.' },
      scores: [
        { juror: 'Juror A', value: 8, justification: 'Præcis sortering.' },
        { juror: 'Juror B', value: 3, justification: 'Svag dokumentation.' },
      ],
    },
  ],
  screeningReport: `/api/entries/${ENTRY.id}/screening`,
  methodHash: 'a'.repeat(64),
  standstillEndsAt: '2027-01-20T10:00:00.000Z',
};

function open(feedback: { status: number; body: unknown }) {
  stubFetch((call) => {
    if (call.url === `/api/entries/${ENTRY.id}`) return { status: 200, body: { ...ENTRY, status: 'submitted' } };
    if (call.url === `/api/challenges/${CHALLENGE.id}`) return { status: 200, body: CHALLENGE };
    if (call.url === `/api/entries/${ENTRY.id}/feedback`) return feedback;
    return undefined;
  });
  return renderWithApp(EntryFeedbackPage, { route: `/entries/${ENTRY.id}/feedback`, user: PARTICIPANT, props: { id: ENTRY.id } });
}

describe('EntryFeedbackPage', () => {
  it('says the feedback waits for the decision', async () => {
    const { wrapper, unmount } = await open({ status: 409, body: { code: 'jury.no-decision-yet', message: 'Der er endnu ikke truffet en afgørelse.' } });
    await flushPromises();
    expect(wrapper.find('[role=status]').text()).toBe('Tilbagemeldingen kommer, når afgørelsen er truffet.');
    unmount();
  });

  it('shows rank, band, every juror’s score and reason without names, the consensus and the standstill end', async () => {
    const { wrapper, unmount } = await open({ status: 200, body: FEEDBACK });
    await flushPromises();
    expect(wrapper.find('h1').text()).toBe(`Tilbagemelding: ${CHALLENGE.title}`);
    const result = wrapper.find('[aria-labelledby=fb-result]').text();
    expect(result).toContain('Nr. 2 af 5');
    expect(result).toContain('Delt');
    expect(result).toContain('Anden fjerdedel');
    expect(result).toContain('64,25 af 100');
    expect(result).toContain('Standstill-perioden slutter');
    expect(result).toContain('20. januar 2027');
    const scores = wrapper.find('[aria-labelledby=fb-scores]').text();
    expect(scores).toContain('Juror A: 8 – Præcis sortering.');
    expect(scores).toContain('Juror B: 3 – Svag dokumentation.');
    expect(scores).toContain('Formandens konsensus: 6. Panelet enedes om 6.');
    unmount();
  });

  it('gives a winner the award’s total amount and how many winners share it', async () => {
    const award = { title: 'Pilotkontrakt', amountDkk: 300000 };
    const shared = await open({ status: 200, body: { ...FEEDBACK, winner: true, award, awardWinners: 3 } });
    await flushPromises();
    expect(shared.wrapper.text()).toContain('Pilotkontrakt (300.000 kr. i alt, delt mellem 3 vindere)');
    shared.unmount();
    const alone = await open({ status: 200, body: { ...FEEDBACK, winner: true, award, awardWinners: 1 } });
    await flushPromises();
    expect(alone.wrapper.text()).toContain('Pilotkontrakt (300.000 kr.)');
    alone.unmount();
  });
});
