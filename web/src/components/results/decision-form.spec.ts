import { describe, expect, it } from 'vitest';
import type { RankingEntry } from '../../api/client.js';
import { decisionBody, decisionIssues, eligibleWinners, emptyDecisionForm } from './decision-form.js';

const entry = (entryId: string, rank: number, belowThreshold = false): RankingEntry => ({ entryId, label: rank, rank, tied: false, total: 80 - rank, byCriterion: {}, belowThreshold });
const RANKED = [entry('a', 1), entry('b', 2), entry('c', 3, true)];

describe('the decision form', () => {
  it('lets only entries above every threshold win', () => {
    expect([...eligibleWinners(RANKED)]).toEqual(['a', 'b']);
    const form = { ...emptyDecisionForm(), winners: ['c'], title: 'Kontrakt', reasons: 'Højeste samlede score efter metoden.' };
    expect(decisionIssues(form, RANKED, false)).toEqual({ winners: 'belowThreshold' });
    form.winners = ['a'];
    expect(decisionIssues(form, RANKED, false)).toEqual({});
  });

  it('asks for a winner, a title and reasons of some substance', () => {
    expect(decisionIssues({ ...emptyDecisionForm(), reasons: 'Kort' }, RANKED, false)).toEqual({ winners: 'noWinner', title: 'titleRequired', reasons: 'reasonsShort' });
  });

  it('checks the amount and, for purchases, the standstill days', () => {
    const form = { ...emptyDecisionForm(), winners: ['a'], title: 'Kontrakt', reasons: 'Højeste samlede score.', amountDkk: '-5', standstillDays: '61' };
    expect(decisionIssues(form, RANKED, true)).toEqual({ amountDkk: 'amountInvalid', standstillDays: 'standstillInvalid' });
    expect(decisionIssues(form, RANKED, false)).toEqual({ amountDkk: 'amountInvalid' });
    // A number field hands over a number once edited.
    expect(decisionIssues({ ...form, amountDkk: '', standstillDays: 12 }, RANKED, true)).toEqual({});
  });

  it('builds the body the API takes, leaving blanks out', () => {
    const form = { ...emptyDecisionForm(), winners: ['a'], title: ' Kontrakt ', reasons: ' Højeste samlede score. ', amountDkk: '250 000', standstillDays: '15' };
    expect(decisionBody(form, true)).toEqual({ winners: ['a'], award: { title: 'Kontrakt', amountDkk: 250000 }, reasons: 'Højeste samlede score.', standstillDays: 15 });
    expect(decisionBody({ ...form, amountDkk: '', description: 'Første fase' }, false)).toEqual({ winners: ['a'], award: { title: 'Kontrakt', description: 'Første fase' }, reasons: 'Højeste samlede score.' });
  });
});
