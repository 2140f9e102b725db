import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { type Participant, declare, fullReview, makeJurors, namedUser, openChallenge, openEntries, participate } from './support/judging-fixtures.js';
import { type TestApp, startTestApp } from './support/test-app.js';

const HACKATHON = { type: 'hackathon', blindReview: false, leadsToPurchase: false };

async function hackathonWithEntries(t: TestApp, organiser: TestUser, names: string[]) {
  const { challengeId, deadline } = await openChallenge(organiser, HACKATHON);
  const participants: Participant[] = [];
  for (const [i, name] of names.entries()) {
    participants.push(await participate(t, challengeId, { name, domain: `team${i}-${Date.now().toString(36)}.dk`, founderName: `Founder ${name}`, contactName: `Contact ${name}`, teamMember: `Member ${name}` }));
  }
  await openEntries(t, organiser, challengeId, deadline);
  return { challengeId, participants };
}

describe('jury: pairwise expo judging for a hackathon', () => {
  let t: TestApp;
  let organiser: TestUser;
  let jurors: TestUser[];
  let challengeId: string;
  let participants: Participant[];
  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    jurors = [await namedUser(t, 'Asta Expo', 'asta@kommune.example'), await namedUser(t, 'Bent Expo', 'bent@kommune.example'), await namedUser(t, 'Cilla Expo', 'cilla@kommune.example')];
    ({ challengeId, participants } = await hackathonWithEntries(t, organiser, ['Alfa Lab', 'Beta Bytes', 'Gamma Grid', 'Delta Data']));
    await makeJurors(organiser, challengeId, jurors);
    const panel = await organiser.client.patch(`/api/challenges/${challengeId}/jury`, { judgingMode: 'pairwise' });
    expect(panel.body).toMatchObject({ judgingMode: 'pairwise', blind: false });
    await declare(jurors[0]!, challengeId);
    await declare(jurors[1]!, challengeId, { [participants[0]!.companyId]: 'family' });
  });
  afterAll(() => t.close());

  it('sends a juror to no pair before they have declared their conflicts', async () => {
    const response = await jurors[2]!.client.get(`/api/challenges/${challengeId}/pairwise/next`);
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('jury.declarations-missing');
  });

  it('hands a juror the same pair until it is answered, and records each answer', async () => {
    const juror = jurors[0]!;
    const first = await juror.client.get(`/api/challenges/${challengeId}/pairwise/next`);
    expect(first.status).toBe(200);
    expect(first.body.pair).toMatchObject({ previous: { entryId: expect.any(String), label: expect.any(Number) }, next: { entryId: expect.any(String) }, reason: 'warm-up' });
    expect(participants.map((p) => p.name)).toContain(first.body.pair.next.displayName);
    const again = await juror.client.get(`/api/challenges/${challengeId}/pairwise/next`);
    expect(again.body.pair).toEqual(first.body.pair);

    const { previous, next } = first.body.pair;
    const outsider = participants.find((p) => p.entryId !== previous.entryId && p.entryId !== next.entryId)!;
    const wrong = await juror.client.post(`/api/challenges/${challengeId}/pairwise/comparisons`, { winner: outsider.entryId, loser: next.entryId });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields[0].code).toBe('jury.pair-mismatch');
    const answered = await juror.client.post(`/api/challenges/${challengeId}/pairwise/comparisons`, { winner: next.entryId, loser: previous.entryId });
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({ recorded: true, myComparisons: 1 });
    const twice = await juror.client.post(`/api/challenges/${challengeId}/pairwise/comparisons`, { winner: next.entryId, loser: previous.entryId });
    expect(twice.body.code).toBe('jury.no-pair-assigned');
    const { rows } = await t.db.query(`SELECT data FROM audit_event WHERE action = 'jury.pairwise_compared' AND subject_id = $1`, [challengeId]);
    expect(rows.map((r: { data: unknown }) => r.data)).toEqual([{ jurorId: juror.id, winner: next.entryId, loser: previous.entryId, reason: 'warm-up' }]);
  });

  it('never sends a juror to an entry of a company they are conflicted with', async () => {
    const juror = jurors[1]!;
    const seen = new Set<string>();
    for (let round = 0; round < 10; round++) {
      const { body } = await juror.client.get(`/api/challenges/${challengeId}/pairwise/next`);
      if (!body.pair) break;
      seen.add(body.pair.previous.entryId).add(body.pair.next.entryId);
      // The entry with the lower label wins, so the estimate has something to learn.
      const [winner, loser] = [body.pair.previous, body.pair.next].sort((a, b) => a.label - b.label);
      expect((await juror.client.post(`/api/challenges/${challengeId}/pairwise/comparisons`, { winner: winner.entryId, loser: loser.entryId })).status).toBe(201);
    }
    expect(seen.has(participants[0]!.entryId)).toBe(false);
    expect(seen.size).toBe(3);
    expect((await juror.client.get(`/api/challenges/${challengeId}/pairwise/next`)).body.pair).toBeNull();
  });

  it('takes back a pair handed out before the juror declared a conflict with one of its entries', async () => {
    const juror = jurors[0]!;
    const { body } = await juror.client.get(`/api/challenges/${challengeId}/pairwise/next`);
    const { previous, next } = body.pair;
    const company = participants.find((p) => p.entryId === next.entryId)!.companyId;
    await declare(juror, challengeId, { [company]: 'business-relation' });

    const answer = await juror.client.post(`/api/challenges/${challengeId}/pairwise/comparisons`, { winner: next.entryId, loser: previous.entryId });
    expect(answer.status).toBe(404);
    const again = await juror.client.get(`/api/challenges/${challengeId}/pairwise/next`);
    expect(again.status).toBe(200);
    const shown = again.body.pair ? [again.body.pair.previous.entryId, again.body.pair.next.entryId] : [];
    expect(shown).not.toContain(next.entryId);
    const { rows } = await t.db.query(`SELECT 1 FROM jury_comparison WHERE challenge_id = $1 AND juror_id = $2 AND $3 IN (winner_id, loser_id)`, [challengeId, juror.id, next.entryId]);
    expect(rows).toHaveLength(0);
  });

  it('shows the CrowdBT estimate in the ranking view with the contract shape', async () => {
    const ranking = await organiser.client.get(`/api/challenges/${challengeId}/ranking`);
    expect(ranking.status).toBe(200);
    expect(ranking.body).toMatchObject({ judgingMode: 'pairwise', method: expect.any(Object), agreement: {} });
    expect(ranking.body.entries).toHaveLength(4);
    for (const entry of ranking.body.entries) {
      expect(entry).toEqual(expect.objectContaining({ entryId: expect.any(String), rank: expect.any(Number), tied: expect.any(Boolean), total: entry.mu, byCriterion: {}, belowThreshold: false }));
    }
    const totals = ranking.body.entries.map((e: { total: number }) => e.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('keeps rubric tools and a change of mode out of a pairwise round', async () => {
    expect((await organiser.client.post(`/api/challenges/${challengeId}/jury/assign`, { seed: 'x' })).body.code).toBe('jury.pairwise-mode');
    expect((await organiser.client.patch(`/api/challenges/${challengeId}/jury`, { judgingMode: 'rubric' })).body.code).toBe('jury.panel-locked');
    expect((await jurors[0]!.client.put(`/api/jury/reviews/${participants[1]!.entryId}`, fullReview({ quality: 5 }))).status).toBe(404);
  });

  it('decides without a standstill period when nothing is bought, and then stops the round', async () => {
    const decided = await organiser.client.post(`/api/challenges/${challengeId}/decision`, {
      winners: [participants[1]!.entryId],
      award: { title: 'First prize', amountDkk: 25000 },
      reasons: 'Preferred by the jurors at the expo.',
    });
    expect(decided.status).toBe(201);
    expect(decided.body.standstillEndsAt).toBeNull();
    expect((await jurors[0]!.client.get(`/api/challenges/${challengeId}/pairwise/next`)).body.code).toBe('jury.scores-locked');
    const feedback = await participants[1]!.founder.client.get(`/api/entries/${participants[1]!.entryId}/feedback`);
    expect(feedback.body).toMatchObject({ winner: true, award: { title: 'First prize' }, awardWinners: 1, judgingMode: 'pairwise', criteria: [], standstillEndsAt: null });
  });
});

describe('jury: open review of a hackathon', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets an assigned juror read the entry with its company on the generic endpoint, and nobody else', async () => {
    const organiser = await signedInUser(t, 'staff', 'organiser');
    const jurors = [await namedUser(t, 'Dorte Demo', 'dorte@kommune.example'), await namedUser(t, 'Erik Demo', 'erik@kommune.example')];
    const { challengeId, participants } = await hackathonWithEntries(t, organiser, ['Open Owls', 'Plain Pixels']);
    await makeJurors(organiser, challengeId, jurors);
    for (const juror of jurors) await declare(juror, challengeId);
    const assigned = await organiser.client.post(`/api/challenges/${challengeId}/jury/assign`, { seed: 'demo-day', perEntry: 1 });
    expect(assigned.status).toBe(200);
    const seen: string[] = [];
    const expected: string[] = [];
    for (const { entryId, jurorIds } of assigned.body.assignments as { entryId: string; jurorIds: string[] }[]) {
      const participant = participants.find((p) => p.entryId === entryId)!;
      for (const juror of jurors) {
        const generic = await juror.client.get(`/api/entries/${entryId}`);
        const jury = await juror.client.get(`/api/jury/entries/${entryId}`);
        seen.push(`${juror.email} ${participant.name}: ${generic.status} ${generic.body.company?.name ?? '-'} / ${jury.status} ${jury.body.displayName ?? '-'} ${jury.body.company?.name ?? '-'}`);
        expected.push(
          jurorIds.includes(juror.id)
            ? `${juror.email} ${participant.name}: 200 ${participant.name} / 200 ${participant.name} ${participant.name}`
            : `${juror.email} ${participant.name}: 404 - / 404 - -`,
        );
      }
    }
    expect(seen).toEqual(expected);
  });
});
