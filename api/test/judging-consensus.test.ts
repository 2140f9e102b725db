import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationMethod } from './support/challenge-fixtures.js';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { type Participant, declare, fullReview, makeJurors, namedUser, openChallenge, openEntries, participate } from './support/judging-fixtures.js';
import { type TestApp, startTestApp } from './support/test-app.js';

describe('jury: EU-style consensus on every entry, and ties', () => {
  let t: TestApp;
  let organiser: TestUser;
  let jurors: TestUser[];
  let challengeId: string;
  let first: Participant;
  let second: Participant;
  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    jurors = [await namedUser(t, 'Freja Fair', 'freja@kommune.example'), await namedUser(t, 'Gorm Grund', 'gorm@kommune.example')];
    const opened = await openChallenge(organiser, { evaluationMethod: evaluationMethod({ consensus: 'all', normalisation: 'raw' }) });
    challengeId = opened.challengeId;
    first = await participate(t, challengeId, { name: 'Ens Energi ApS', domain: 'ens-energi.dk', founderName: 'Hanne Ens', contactName: 'Ib Ens', teamMember: 'Jonna Ens' });
    second = await participate(t, challengeId, { name: 'Lige Logistik ApS', domain: 'lige-logistik.dk', founderName: 'Kurt Lige', contactName: 'Lone Lige', teamMember: 'Mogens Lige' });
    await openEntries(t, organiser, challengeId, opened.deadline);
    await makeJurors(organiser, challengeId, jurors);
    for (const juror of jurors) await declare(juror, challengeId);
    expect((await organiser.client.patch(`/api/challenges/${challengeId}/jury`, { chairId: organiser.id })).status).toBe(200);
    expect((await organiser.client.post(`/api/challenges/${challengeId}/jury/assign`, { seed: 'ties', perEntry: 2 })).status).toBe(200);
    for (const juror of jurors) {
      for (const p of [first, second]) {
        expect((await juror.client.put(`/api/jury/reviews/${p.entryId}`, fullReview({ quality: 7, feasibility: 6, value: 5 }))).status).toBe(200);
      }
    }
  });
  afterAll(() => t.close());

  it('reports entries equal on the total and every published tie-break as tied, never split by a hidden order', async () => {
    const ranking = await organiser.client.get(`/api/challenges/${challengeId}/ranking`);
    expect(ranking.body.entries.map((e: { rank: number; tied: boolean }) => [e.rank, e.tied])).toEqual([
      [1, true],
      [1, true],
    ]);
  });

  it('asks the chair for a consensus on every scored criterion, and the consensus then decides', async () => {
    const list = await organiser.client.get(`/api/challenges/${challengeId}/jury/consensus`);
    expect(list.body).toMatchObject({ mode: 'all', isChair: true });
    expect(list.body.entries).toHaveLength(2);
    for (const entry of list.body.entries) {
      expect(entry.criteria.map((c: { needsConsensus: boolean; flagged: boolean }) => [c.needsConsensus, c.flagged])).toEqual([
        [true, false],
        [true, false],
        [true, false],
      ]);
    }
    const recorded = await organiser.client.post(`/api/challenges/${challengeId}/jury/consensus/${first.entryId}`, {
      scores: [{ criterionId: 'quality', value: 8, justification: 'The panel agreed the pilot results lift quality.' }],
    });
    expect(recorded.status).toBe(200);
    const ranking = await organiser.client.get(`/api/challenges/${challengeId}/ranking`);
    expect(ranking.body.entries.map((e: { entryId: string; rank: number; tied: boolean }) => [e.entryId, e.rank, e.tied])).toEqual([
      [first.entryId, 1, false],
      [second.entryId, 2, false],
    ]);
    expect(ranking.body.entries[0].byCriterion.quality).toMatchObject({ mean: 7, consensus: 8, used: 8 });
  });
});
