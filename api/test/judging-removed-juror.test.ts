import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationMethod } from './support/challenge-fixtures.js';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { type Participant, declare, fullReview, makeJurors, namedUser, openChallenge, openEntries, participate } from './support/judging-fixtures.js';
import { JudgingExportAdapter } from '../src/judging/judging-export.adapter.js';
import { type TestApp, startTestApp } from './support/test-app.js';

describe('jury: a juror taken off an entry after submitting', () => {
  let t: TestApp;
  let organiser: TestUser;
  let jurors: TestUser[];
  let challengeId: string;
  let entry: Participant;
  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    jurors = [await namedUser(t, 'Nanna Nord', 'nanna@kommune.example'), await namedUser(t, 'Otto Ost', 'otto@kommune.example')];
    const opened = await openChallenge(organiser, { evaluationMethod: evaluationMethod({ normalisation: 'raw' }) });
    challengeId = opened.challengeId;
    entry = await participate(t, challengeId, { name: 'Fjern Fabrik ApS', domain: 'fjern-fabrik.dk', founderName: 'Pia Fjern', contactName: 'Rune Fjern', teamMember: 'Sofie Fjern' });
    await openEntries(t, organiser, challengeId, opened.deadline);
    await makeJurors(organiser, challengeId, jurors);
    for (const juror of jurors) await declare(juror, challengeId);
    expect((await organiser.client.post(`/api/challenges/${challengeId}/jury/assign`, { seed: 'removed', perEntry: 2 })).status).toBe(200);
    expect((await jurors[0]!.client.put(`/api/jury/reviews/${entry.entryId}`, fullReview({ quality: 2, feasibility: 2, value: 2 }))).status).toBe(200);
    expect((await jurors[1]!.client.put(`/api/jury/reviews/${entry.entryId}`, fullReview({ quality: 8, feasibility: 8, value: 8 }))).status).toBe(200);
    const reason = encodeURIComponent('Found to consult for the company');
    const removed = await organiser.client.delete(`/api/challenges/${challengeId}/jury/assignments/${entry.entryId}/${jurors[0]!.id}?reason=${reason}`);
    expect(removed.status, removed.text).toBe(200);
  });
  afterAll(() => t.close());

  it('no longer counts their review in the ranking', async () => {
    const ranking = await organiser.client.get(`/api/challenges/${challengeId}/ranking`);
    expect(ranking.body.entries[0].byCriterion.quality).toMatchObject({ count: 1, mean: 8 });
  });

  it('shows the remaining jurors only the reviews that count, as the chair and the company see them', async () => {
    const panel = await jurors[1]!.client.get(`/api/jury/entries/${entry.entryId}/reviews`);
    expect(panel.status).toBe(200);
    expect(panel.body.reviews.map((r: { mine: boolean }) => r.mine)).toEqual([true]);
  });

  it('exports the reviews the ranking used, so the ranking can be recomputed from the export', async () => {
    const adapter = t.app.get(JudgingExportAdapter);
    const scoresOf = (reviews: { kind: string; scores: { score: number | null }[] }[]) => reviews.filter((r) => r.kind === 'individual').map((r) => r.scores.map((s) => s.score));
    expect(scoresOf(await adapter.reviews(challengeId))).toEqual([[8, 8, 8]]);
    const read = await adapter.reviewReader(challengeId);
    expect(scoresOf(await read([entry.entryId]))).toEqual([[8, 8, 8]]);
  });
});
