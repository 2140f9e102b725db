import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignJurors } from '@fairpitch/shared/judging';
import { evaluationMethod } from './support/challenge-fixtures.js';
import { tinyPdf, upload } from './support/entry-fixtures.js';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { TestClient, type TestResponse } from './support/http-client.js';
import {
  type Participant,
  declare,
  fullReview,
  makeJurors,
  namedUser,
  openChallenge,
  openEntries,
  participate,
  pricedMethod,
  secretsOf,
} from './support/judging-fixtures.js';
import { screenNow as screen } from './support/screening-fixtures.js';
import { type TestApp, startTestApp } from './support/test-app.js';

// One blind challenge judged from conflicts to feedback. The steps build on each other, in order.
describe('jury: a blind challenge from conflicts of interest to feedback', () => {
  let t: TestApp;
  let organiser: TestUser;
  let otherOrganiser: TestUser;
  let admin: TestUser;
  let jurors: TestUser[];
  let challengeId: string;
  let fjordlys: Participant;
  let havbrise: Participant;
  let solstrand: Participant;
  let participants: Participant[];
  /** Every JSON body a juror received, scanned for identities at the end. */
  const jurorResponses: { path: string; text: string }[] = [];

  async function asJuror(juror: TestUser, method: 'GET' | 'PUT' | 'POST', path: string, json?: unknown): Promise<TestResponse> {
    const response = await juror.client.request(method, path, json === undefined ? {} : { json });
    if (response.status < 400) jurorResponses.push({ path, text: response.text });
    return response;
  }

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    otherOrganiser = await signedInUser(t, 'staff', 'other-organiser');
    admin = await signedInUser(t, 'admin', 'admin');
    jurors = [
      await namedUser(t, 'Karen Juul', 'karen@kommune.example'),
      await namedUser(t, 'Lars Lund', 'lars@kommune.example'),
      await namedUser(t, 'Mette Mose', 'mette@ekspert.example'),
      await namedUser(t, 'Niels Nord', 'niels@ekspert.example'),
    ];
    const opened = await openChallenge(organiser, { leadsToPurchase: true, evaluationMethod: pricedMethod() });
    challengeId = opened.challengeId;
    fjordlys = await participate(t, challengeId, {
      name: 'Fjordlys Analytics ApS',
      domain: 'fjordlys-analytics.dk',
      founderName: 'Vibeke Kildegaard',
      contactName: 'Mads Lindholm',
      teamMember: 'Sune Bakkegaard',
      price: 380000,
      extraText: 'Fjordlys Analytics has served twelve municipalities.',
    });
    await upload(fjordlys.founder.client, fjordlys.entryId, 'plan.pdf', tinyPdf());
    // The upload belongs to the draft; submit again so the counting revision carries it.
    expect((await fjordlys.founder.client.post(`/api/entries/${fjordlys.entryId}/submit`)).status).toBe(201);
    havbrise = await participate(t, challengeId, { name: 'Havbrise Software A/S', domain: 'havbrise.dk', founderName: 'Preben Skovgaard', contactName: 'Rikke Holm', teamMember: 'Tove Dalsgaard', price: 520000 });
    solstrand = await participate(t, challengeId, { name: 'Solstrand Systems ApS', domain: 'solstrand.dk', founderName: 'Ingrid Vestergaard', contactName: 'Ulrik Bech', teamMember: 'Yrsa Kjær', price: 900000 });
    participants = [fjordlys, havbrise, solstrand];
    await openEntries(t, organiser, challengeId, opened.deadline);
    for (const p of participants) await screen(t, p.entryId);
    await makeJurors(organiser, challengeId, jurors);
    const panel = await organiser.client.patch(`/api/challenges/${challengeId}/jury`, { chairId: jurors[0]!.id, perEntry: 2 });
    expect(panel.status).toBe(200);
  });
  afterAll(() => t.close());

  it('starts blind, as the challenge was published, and refuses to make the review open', async () => {
    const panel = await organiser.client.get(`/api/challenges/${challengeId}/jury`);
    expect(panel.body).toMatchObject({ blind: true, perEntry: 2, chairId: jurors[0]!.id, judgingMode: 'rubric' });
    expect(panel.body.jurors.map((j: { userId: string }) => j.userId).sort()).toEqual(jurors.map((j) => j.id).sort());
    const open = await organiser.client.patch(`/api/challenges/${challengeId}/jury`, { blind: false });
    expect(open.status).toBe(400);
    expect(open.body.fields[0].code).toBe('jury.blind-published');
    const pairwise = await organiser.client.patch(`/api/challenges/${challengeId}/jury`, { judgingMode: 'pairwise' });
    expect(pairwise.body.fields[0].code).toBe('jury.pairwise-hackathon-only');
    const chair = await organiser.client.patch(`/api/challenges/${challengeId}/jury`, { chairId: fjordlys.founder.id });
    expect(chair.body.fields[0].code).toBe('jury.chair-invalid');
  });

  it('lets a juror declare conflicts for companies by name only, and shows no entry before all are declared', async () => {
    const juror = jurors[0]!;
    const form = await juror.client.get(`/api/challenges/${challengeId}/jury/conflicts/mine`);
    expect(form.status).toBe(200);
    expect(form.body.complete).toBe(false);
    expect(form.body.companies.map((c: { name: string }) => c.name)).toEqual(['Fjordlys Analytics ApS', 'Havbrise Software A/S', 'Solstrand Systems ApS']);
    for (const p of participants) expect(form.text).not.toContain(p.entryId);
    expect(Object.keys(form.body.companies[0]).sort()).toEqual(['companyId', 'declaration', 'name']);

    const noNote = await juror.client.put(`/api/challenges/${challengeId}/jury/conflicts/mine`, { declarations: [{ companyId: fjordlys.companyId, kind: 'family' }] });
    expect(noNote.status).toBe(400);
    expect(noNote.body.fields[0]).toMatchObject({ path: 'declarations.0.note', code: 'jury.conflict-note-required' });
    const stranger = await juror.client.put(`/api/challenges/${challengeId}/jury/conflicts/mine`, { declarations: [{ companyId: organiser.id, kind: 'none' }] });
    expect(stranger.body.fields[0].code).toBe('jury.company-not-participating');

    const partial = await juror.client.put(`/api/challenges/${challengeId}/jury/conflicts/mine`, { declarations: [{ companyId: fjordlys.companyId, kind: 'none' }] });
    expect(partial.body.complete).toBe(false);
    const mine = await asJuror(juror, 'GET', '/api/jury/assignments');
    expect(mine.body).toEqual([expect.objectContaining({ challengeId, declarationsComplete: false, entries: [] })]);
  });

  it('assigns deterministically for a seed, around conflicts, and records the seed in the audit trail', async () => {
    await declare(jurors[0]!, challengeId);
    await declare(jurors[1]!, challengeId, { [fjordlys.companyId]: 'employment' });
    await declare(jurors[2]!, challengeId);
    // The fourth juror never declares, so is left out of the draw.
    const added = await organiser.client.post(`/api/challenges/${challengeId}/jury/conflicts`, {
      jurorId: jurors[2]!.id,
      companyId: havbrise.companyId,
      kind: 'business-relation',
      note: 'Her firm subcontracts for Havbrise.',
    });
    expect(added.status).toBe(201);

    const first = await organiser.client.post(`/api/challenges/${challengeId}/jury/assign`, { seed: 'udbud-2026-01', perEntry: 2 });
    expect(first.status).toBe(200);
    const second = await organiser.client.post(`/api/challenges/${challengeId}/jury/assign`, { seed: 'udbud-2026-01', perEntry: 2 });
    expect(second.body.assignments).toEqual(first.body.assignments);
    expect(first.body.excludedJurors).toEqual([{ jurorId: jurors[3]!.id, reason: 'declarations-missing' }]);
    const panelOf = (entryId: string) => first.body.assignments.find((a: { entryId: string }) => a.entryId === entryId).jurorIds as string[];
    expect(panelOf(fjordlys.entryId).sort()).toEqual([jurors[0]!.id, jurors[2]!.id].sort());
    expect(panelOf(havbrise.entryId).sort()).toEqual([jurors[0]!.id, jurors[1]!.id].sort());
    expect(panelOf(solstrand.entryId)).toHaveLength(2);

    // Anyone holding the recorded inputs can replay the draw with the shared function.
    const { rows } = await t.db.query(`SELECT data FROM audit_event WHERE action = 'jury.assigned' AND subject_id = $1 ORDER BY seq DESC LIMIT 1`, [challengeId]);
    const recorded = rows[0].data;
    expect(recorded.seed).toBe('udbud-2026-01');
    const replay = assignJurors({ entryIds: recorded.entryIds, jurorIds: recorded.jurorIds, conflicts: recorded.conflicts, perEntry: recorded.perEntry, seed: recorded.seed });
    expect(replay.assignments).toEqual(first.body.assignments.map(({ entryId, jurorIds }: { entryId: string; jurorIds: string[] }) => ({ entryId, jurorIds })));
  });

  it('answers 404 to a conflicted juror on every route to the entry, the generic ones included', async () => {
    const conflicted = jurors[1]!;
    for (const path of [`/api/jury/entries/${fjordlys.entryId}`, `/api/jury/entries/${fjordlys.entryId}/reviews`, `/api/jury/reviews/${fjordlys.entryId}`, `/api/entries/${fjordlys.entryId}`]) {
      expect((await conflicted.client.get(path)).status, path).toBe(404);
    }
    expect((await conflicted.client.put(`/api/jury/reviews/${fjordlys.entryId}`, fullReview({ quality: 5 }, false))).status).toBe(404);
    // A conflict declared after assignment takes the juror off the entry at once.
    const panelOf = async () =>
      (await organiser.client.get(`/api/challenges/${challengeId}/jury/assignments`)).body.entries
        .find((e: { entryId: string }) => e.entryId === solstrand.entryId)
        .jurors.map((j: { jurorId: string }) => j.jurorId) as string[];
    const [leaving, staying] = await panelOf();
    const leaver = jurors.find((j) => j.id === leaving)!;
    await declare(leaver, challengeId, { [solstrand.companyId]: 'ownership', ...(leaver === jurors[1] ? { [fjordlys.companyId]: 'employment' } : {}) });
    expect(await panelOf()).toEqual([staying]);
    expect((await leaver.client.get(`/api/jury/entries/${solstrand.entryId}`)).status).toBe(404);
    const { rows } = await t.db.query(`SELECT data FROM audit_event WHERE action = 'jury.assignment_removed' AND subject_id = $1`, [challengeId]);
    expect(rows.map((r: { data: unknown }) => r.data)).toEqual([{ entryId: solstrand.entryId, jurorId: leaving, reason: 'conflict-of-interest' }]);

    const readded = await organiser.client.post(`/api/challenges/${challengeId}/jury/assignments`, { entryId: solstrand.entryId, jurorId: leaving, reason: 'Trying anyway' });
    expect(readded.body.code).toBe('jury.conflicted');
    const third = jurors.slice(0, 3).find((j) => j.id !== leaving && j.id !== staying)!;
    const manual = await organiser.client.post(`/api/challenges/${challengeId}/jury/assignments`, { entryId: solstrand.entryId, jurorId: third.id, reason: 'Needs a second juror' });
    expect(manual.status).toBe(201);
    expect((await panelOf()).sort()).toEqual([staying, third.id].sort());
    const twice = await organiser.client.post(`/api/challenges/${challengeId}/jury/assignments`, { entryId: solstrand.entryId, jurorId: third.id, reason: 'Needs a second juror' });
    expect(twice.body.code).toBe('jury.assignment-exists');
  });

  it('keeps the company out of the entry a blind juror reads, and the documents until identity leaks are cleared', async () => {
    const juror = jurors[0]!;
    const entry = await asJuror(juror, 'GET', `/api/jury/entries/${fjordlys.entryId}`);
    expect(entry.status).toBe(200);
    expect(entry.body).toMatchObject({ entryId: fjordlys.entryId, blind: true, displayName: expect.stringMatching(/^Entry \d+$/), documentsWithheld: true, documents: [] });
    expect(entry.body.company).toBeUndefined();
    expect(entry.body.content.solution.description).toContain('[redacted]');
    expect(entry.body.screening).toMatchObject({ areas: expect.any(Object), findings: expect.any(Array) });
    // The generic endpoints would show the company, so a blind juror is not let in there.
    expect((await juror.client.get(`/api/entries/${fjordlys.entryId}`)).status).toBe(404);
    expect((await juror.client.get(`/api/entries/${fjordlys.entryId}/screening`)).status).toBe(404);

    const attachmentId = (await fjordlys.founder.client.get(`/api/entries/${fjordlys.entryId}`)).body.attachments[0].id;
    expect((await juror.client.get(`/api/jury/entries/${fjordlys.entryId}/documents/${attachmentId}`)).status).toBe(404);
    const cleared = await organiser.client.post(`/api/entries/${fjordlys.entryId}/screening/identity-leaks`, { decision: 'accepted', reason: 'The name only appears in the cover text.' });
    expect(cleared.status).toBe(200);
    const after = await asJuror(juror, 'GET', `/api/jury/entries/${fjordlys.entryId}`);
    expect(after.body.documentsWithheld).toBe(false);
    expect(after.body.documents).toEqual([expect.objectContaining({ id: attachmentId })]);
    const download = await juror.client.get(`/api/jury/entries/${fjordlys.entryId}/documents/${attachmentId}`);
    expect(download.status).toBe(200);
    expect(download.text.startsWith('%PDF')).toBe(true);
  });

  it('saves drafts, checks every score against the scale, and locks the review on submit', async () => {
    const juror = jurors[0]!;
    const path = `/api/jury/reviews/${fjordlys.entryId}`;
    const draft = await asJuror(juror, 'PUT', path, { scores: [{ criterionId: 'quality', value: 9, justification: '' }] });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ status: 'draft', submittedAt: null, scores: [{ criterionId: 'quality', value: 9 }] });

    const offScale = await juror.client.put(path, { scores: [{ criterionId: 'quality', value: 11 }, { criterionId: 'value', value: 2.5 }, { criterionId: 'nonsense', value: 1 }] });
    expect(offScale.status).toBe(400);
    expect(offScale.body.fields.map((f: { code: string }) => f.code)).toEqual(['jury.score-off-scale', 'jury.score-off-scale', 'jury.unknown-criterion']);
    const unjustified = await juror.client.put(path, { scores: [{ criterionId: 'quality', value: 9, justification: ' ' }], submit: true });
    expect(unjustified.body.fields.map((f: { code: string }) => f.code)).toEqual(['jury.justification-required', 'jury.score-missing', 'jury.score-missing']);

    expect((await juror.client.get(`/api/jury/entries/${fjordlys.entryId}/reviews`)).body.code).toBe('jury.submit-first');
    // Agreement data shows the others' scores too, so it waits for all of the juror's own reviews.
    expect((await juror.client.get(`/api/challenges/${challengeId}/jury/agreement`)).body.code).toBe('jury.submit-first');
    const submitted = await asJuror(juror, 'PUT', path, fullReview({ quality: 9, feasibility: 7, value: 6 }));
    expect(submitted.body).toMatchObject({ status: 'submitted', submittedAt: expect.any(String) });
    const again = await juror.client.put(path, fullReview({ quality: 1, feasibility: 1, value: 1 }));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('jury.review-submitted');
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'jury.review_submitted' AND subject_id = $1`, [fjordlys.entryId]);
    expect(rows[0].n).toBe(1);
  });

  it('shows a juror the other jurors’ scores only after submitting their own', async () => {
    const [first, , third] = jurors as [TestUser, TestUser, TestUser];
    const before = await asJuror(first, 'GET', `/api/jury/entries/${fjordlys.entryId}/reviews`);
    expect(before.body.reviews).toHaveLength(1);
    expect((await third.client.get(`/api/jury/entries/${fjordlys.entryId}/reviews`)).status).toBe(403);
    await asJuror(third, 'PUT', `/api/jury/reviews/${fjordlys.entryId}`, fullReview({ quality: 2, feasibility: 6, value: 5 }));
    const after = await asJuror(third, 'GET', `/api/jury/entries/${fjordlys.entryId}/reviews`);
    const seen = after.body.reviews.map((r: { juror: string; mine: boolean }) => `${r.juror}${r.mine ? ' (me)' : ''}`).sort();
    expect(seen).toEqual(['Juror A', 'Juror C (me)']);
    expect(after.text).not.toContain(first.id);
    expect(after.text).not.toContain('Karen');
  });

  it('locks the evaluation method once a score exists, even against an amendment', async () => {
    const amendment = await organiser.client.post(`/api/challenges/${challengeId}/amendments`, {
      reason: 'Quality matters more than we first thought.',
      changes: { evaluationMethod: pricedMethod({ criteria: [
        { id: 'quality', title: { da: 'Kvalitet', en: 'Quality' }, weight: 50, threshold: 3 },
        { id: 'feasibility', title: { da: 'Gennemførlighed', en: 'Feasibility' }, weight: 20 },
        { id: 'value', title: { da: 'Værdi', en: 'Value' }, weight: 10 },
      ] }) },
    });
    expect(amendment.status).toBe(409);
    expect(amendment.body.code).toBe('challenge.method-locked-by-scores');
  });

  it('lets only the chair settle a flagged disagreement, and the consensus replaces the aggregate', async () => {
    const [chair, second, third] = jurors as [TestUser, TestUser, TestUser];
    await asJuror(chair, 'PUT', `/api/jury/reviews/${havbrise.entryId}`, fullReview({ quality: 6, feasibility: 6, value: 6 }));
    await asJuror(second, 'PUT', `/api/jury/reviews/${havbrise.entryId}`, fullReview({ quality: 5, feasibility: 7, value: 6 }));
    for (const juror of [chair, second, third]) {
      const assigned = (await asJuror(juror, 'GET', '/api/jury/assignments')).body[0].entries.filter((e: { entryId: string }) => e.entryId === solstrand.entryId);
      if (assigned.length) await asJuror(juror, 'PUT', `/api/jury/reviews/${solstrand.entryId}`, fullReview({ quality: 2, feasibility: 4, value: 3 }));
    }

    const list = await asJuror(chair, 'GET', `/api/challenges/${challengeId}/jury/consensus`);
    expect(list.status).toBe(200);
    const flagged = list.body.entries.find((e: { entryId: string }) => e.entryId === fjordlys.entryId);
    expect(flagged.criteria.find((c: { criterionId: string }) => c.criterionId === 'quality')).toMatchObject({ flagged: true, range: 7, needsConsensus: true });
    expect(flagged.displayName).toMatch(/^Entry \d+$/);

    const notFlagged = await chair.client.post(`/api/challenges/${challengeId}/jury/consensus/${fjordlys.entryId}`, { scores: [{ criterionId: 'value', value: 5, justification: 'Agreed.' }] });
    expect(notFlagged.body.code).toBe('jury.consensus-not-needed');
    const notChair = await third.client.post(`/api/challenges/${challengeId}/jury/consensus/${fjordlys.entryId}`, { scores: [{ criterionId: 'quality', value: 6, justification: 'We met halfway.' }] });
    expect(notChair.status).toBe(403);
    expect((await organiser.client.post(`/api/challenges/${challengeId}/jury/consensus/${fjordlys.entryId}`, { scores: [{ criterionId: 'quality', value: 6, justification: 'x' }] })).status).toBe(403);
    const recorded = await asJuror(chair, 'POST', `/api/challenges/${challengeId}/jury/consensus/${fjordlys.entryId}`, {
      scores: [{ criterionId: 'quality', value: 6, justification: 'After discussion the panel agreed the model is sound but unproven here.' }],
    });
    expect(recorded.status).toBe(200);
    expect(recorded.body.criteria.find((c: { criterionId: string }) => c.criterionId === 'quality').consensus).toMatchObject({ value: 6 });
    const { rows } = await t.db.query(`SELECT data FROM audit_event WHERE action = 'jury.consensus_recorded' AND subject_id = $1`, [fjordlys.entryId]);
    expect(rows).toHaveLength(1);
  });

  it('shows agreement with names to organisers and with pseudonyms to jurors', async () => {
    const forOrganiser = await organiser.client.get(`/api/challenges/${challengeId}/jury/agreement`);
    expect(forOrganiser.status).toBe(200);
    expect(forOrganiser.body.criteria.map((c: { criterionId: string }) => c.criterionId)).toEqual(['quality', 'feasibility', 'value']);
    expect(forOrganiser.body.jurors[0]).toMatchObject({ juror: expect.stringMatching(/^Juror [A-D]$/), jurorId: expect.any(String), name: expect.any(String), spread: expect.any(Number) });
    expect(forOrganiser.body.jurors[0]).toHaveProperty('severity');
    expect(forOrganiser.body.histograms[0].jurors[0].bins).toHaveLength(11);
    expect(forOrganiser.body.disagreements).toEqual(expect.arrayContaining([expect.objectContaining({ entryId: fjordlys.entryId, criterionId: 'quality', range: 7 })]));

    const forJuror = await asJuror(jurors[2]!, 'GET', `/api/challenges/${challengeId}/jury/agreement`);
    expect(forJuror.status).toBe(200);
    expect(forJuror.body.jurors.every((j: Record<string, unknown>) => !('jurorId' in j) && !('name' in j))).toBe(true);
    for (const juror of jurors) expect(forJuror.text).not.toContain(juror.id);
  });

  it('ranks by the published method with the contract shape, consensus and price included', async () => {
    const ranking = await organiser.client.get(`/api/challenges/${challengeId}/ranking`);
    expect(ranking.status).toBe(200);
    expect(ranking.body).toEqual(expect.objectContaining({ method: expect.objectContaining({ criteria: expect.any(Array) }), entries: expect.any(Array), agreement: expect.any(Object) }));
    expect(Object.keys(ranking.body.agreement).sort()).toEqual(['feasibility', 'quality', 'value']);
    for (const criterion of Object.values(ranking.body.agreement) as { alpha: unknown }[]) expect(criterion).toHaveProperty('alpha');
    expect(ranking.body.entries).toHaveLength(3);
    for (const entry of ranking.body.entries) {
      expect(entry).toEqual(
        expect.objectContaining({ entryId: expect.any(String), rank: expect.any(Number), tied: expect.any(Boolean), total: expect.any(Number), byCriterion: expect.any(Object), belowThreshold: expect.any(Boolean) }),
      );
    }
    const fjord = ranking.body.entries.find((e: { entryId: string }) => e.entryId === fjordlys.entryId);
    expect(fjord.byCriterion.quality).toMatchObject({ mean: 5.5, consensus: 6, used: 6 });
    expect(fjord.pricePoints).toBe(10);
    const sol = ranking.body.entries.find((e: { entryId: string }) => e.entryId === solstrand.entryId);
    expect(sol.belowThreshold).toBe(true);
    expect(ranking.body.entries.map((e: { rank: number }) => e.rank)).toEqual([...ranking.body.entries.map((e: { rank: number }) => e.rank)].sort());
  });

  it('gives each role exactly the access it should have on every jury endpoint', async () => {
    const participant = havbrise.founder;
    const roles: Record<string, TestClient> = {
      anonymous: new TestClient(t.baseUrl),
      participant: participant.client,
      juror: jurors[3]!.client,
      otherOrganiser: otherOrganiser.client,
      organiser: organiser.client,
      admin: admin.client,
    };
    const c = `/api/challenges/${challengeId}`;
    const cases: [string, string, unknown, Record<string, number>][] = [
      ['GET', `${c}/jury`, undefined, { anonymous: 401, participant: 403, juror: 403, otherOrganiser: 403, organiser: 200, admin: 200 }],
      ['GET', `${c}/jury/conflicts`, undefined, { anonymous: 401, participant: 403, juror: 403, otherOrganiser: 403, organiser: 200, admin: 200 }],
      ['GET', `${c}/jury/assignments`, undefined, { anonymous: 401, participant: 403, juror: 403, otherOrganiser: 403, organiser: 200, admin: 200 }],
      ['GET', `${c}/ranking`, undefined, { anonymous: 401, participant: 403, juror: 403, otherOrganiser: 403, organiser: 200, admin: 200 }],
      ['PATCH', `${c}/jury`, { perEntry: 2 }, { anonymous: 401, participant: 403, juror: 403, otherOrganiser: 403, organiser: 200, admin: 200 }],
      ['POST', `${c}/jury/jurors`, { email: 'x@kommune.example', name: 'X' }, { anonymous: 401, participant: 403, juror: 403, otherOrganiser: 403 }],
      ['POST', `${c}/jury/assign`, { seed: 's' }, { anonymous: 401, participant: 403, juror: 403, otherOrganiser: 403, organiser: 409, admin: 409 }],
      ['POST', `${c}/jury/conflicts`, { jurorId: jurors[3]!.id, companyId: havbrise.companyId, kind: 'other', note: 'n' }, { anonymous: 401, participant: 403, juror: 403, otherOrganiser: 403 }],
      ['GET', `${c}/jury/conflicts/mine`, undefined, { anonymous: 401, participant: 403, juror: 200, otherOrganiser: 403, organiser: 403, admin: 403 }],
      ['GET', `${c}/jury/agreement`, undefined, { anonymous: 401, participant: 403, juror: 200, otherOrganiser: 403, organiser: 200, admin: 200 }],
      ['GET', `${c}/jury/consensus`, undefined, { anonymous: 401, participant: 403, juror: 403, otherOrganiser: 403, organiser: 200, admin: 200 }],
      ['GET', `${c}/pairwise/next`, undefined, { anonymous: 401, participant: 403, juror: 409, otherOrganiser: 403, organiser: 403, admin: 403 }],
      ['GET', `/api/jury/entries/${havbrise.entryId}`, undefined, { anonymous: 401, participant: 404, juror: 404, otherOrganiser: 404, organiser: 404, admin: 404 }],
      ['PUT', `/api/jury/reviews/${havbrise.entryId}`, fullReview({ quality: 1 }, false), { anonymous: 401, participant: 404, juror: 404, otherOrganiser: 404, organiser: 404, admin: 404 }],
      ['GET', `/api/jury/assignments`, undefined, { anonymous: 401, participant: 200, juror: 200, organiser: 200 }],
      ['GET', `/api/entries/${havbrise.entryId}/feedback`, undefined, { anonymous: 401, participant: 409, juror: 404, otherOrganiser: 404, organiser: 404, admin: 404 }],
      ['POST', `${c}/decision`, { winners: [havbrise.entryId], award: { title: 'Contract' }, reasons: 'Not yet, just checking rights.' }, { anonymous: 401, participant: 403, juror: 403, otherOrganiser: 403 }],
    ];
    for (const [method, path, json, expected] of cases) {
      for (const [role, status] of Object.entries(expected)) {
        const response = await roles[role]!.request(method, path, json === undefined ? {} : { json });
        expect(response.status, `${role} ${method} ${path}: ${response.text}`).toBe(status);
      }
    }
    // The participant's own company sees no other company's feedback.
    expect((await participant.client.get(`/api/entries/${fjordlys.entryId}/feedback`)).status).toBe(404);
  });

  it('never shows a blind juror any company’s name, CVR, members or e-mail domains', async () => {
    expect(jurorResponses.length).toBeGreaterThan(10);
    const secrets = participants.flatMap(secretsOf);
    for (const { path, text } of jurorResponses) {
      for (const secret of secrets) expect(text.toLowerCase(), `${path} leaks ${secret}`).not.toContain(secret.toLowerCase());
    }
    const paths = new Set(jurorResponses.map((r) => r.path.replace(/[0-9a-f-]{36}/g, ':id')));
    for (const path of ['/api/jury/assignments', '/api/jury/entries/:id', '/api/jury/reviews/:id', '/api/jury/entries/:id/reviews', '/api/challenges/:id/jury/agreement', '/api/challenges/:id/jury/consensus', '/api/challenges/:id/jury/consensus/:id']) {
      expect(paths, path).toContain(path);
    }
  });

  it('finalises the decision: scores lock, the challenge is decided, and companies read their feedback', async () => {
    expect((await fjordlys.founder.client.get(`/api/entries/${fjordlys.entryId}/feedback`)).body.code).toBe('jury.no-decision-yet');
    const notRanked = await organiser.client.post(`/api/challenges/${challengeId}/decision`, { winners: [organiser.id], award: { title: 'Contract' }, reasons: 'Best value for the citizens.' });
    expect(notRanked.body.fields[0].code).toBe('jury.winner-not-ranked');
    const belowThreshold = await organiser.client.post(`/api/challenges/${challengeId}/decision`, { winners: [solstrand.entryId], award: { title: 'Contract' }, reasons: 'Cheapest of them all.' });
    expect(belowThreshold.body.fields[0].code).toBe('jury.winner-below-threshold');
    const decided = await organiser.client.post(`/api/challenges/${challengeId}/decision`, {
      winners: [fjordlys.entryId],
      award: { title: 'Three-year contract', amountDkk: 1140000 },
      reasons: 'Highest total by the published method.',
    });
    expect(decided.status).toBe(201);
    const decidedAt = new Date(decided.body.decidedAt).getTime();
    expect(new Date(decided.body.standstillEndsAt).getTime() - decidedAt).toBe(10 * 86_400_000);
    expect((await organiser.client.get(`/api/challenges/${challengeId}`)).body.status).toBe('decided');

    const again = await organiser.client.post(`/api/challenges/${challengeId}/decision`, { winners: [fjordlys.entryId], award: { title: 'Again' }, reasons: 'Changed our minds.' });
    expect(again.body.code).toBe('jury.already-decided');
    const solstrandPanel = (await organiser.client.get(`/api/challenges/${challengeId}/jury/assignments`)).body.entries.find((e: { entryId: string }) => e.entryId === solstrand.entryId);
    const onSolstrand = jurors.find((j) => j.id === solstrandPanel.jurors[0].jurorId)!;
    const late = await onSolstrand.client.put(`/api/jury/reviews/${solstrand.entryId}`, fullReview({ quality: 9, feasibility: 9, value: 9 }));
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('jury.scores-locked');
    const lateConsensus = await jurors[0]!.client.post(`/api/challenges/${challengeId}/jury/consensus/${fjordlys.entryId}`, { scores: [{ criterionId: 'quality', value: 9, justification: 'Late.' }] });
    expect(lateConsensus.status).toBe(409);
    await expect(t.db.query(`UPDATE jury_review SET scores = '[]'::jsonb WHERE challenge_id = $1`, [challengeId])).rejects.toThrow(/final|cannot be changed/);

    const ranking = await organiser.client.get(`/api/challenges/${challengeId}/ranking`);
    expect(ranking.body.final).toBe(true);
    const { rows } = await t.db.query(`SELECT data FROM audit_event WHERE action = 'jury.decision_finalised' AND subject_id = $1`, [challengeId]);
    expect(rows[0].data).toMatchObject({ winners: [fjordlys.entryId], methodHash: ranking.body.methodHash, rankingHash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const feedback = await fjordlys.founder.client.get(`/api/entries/${fjordlys.entryId}/feedback`);
    expect(feedback.status).toBe(200);
    expect(feedback.body).toMatchObject({ winner: true, rank: 1, screeningReport: `/api/entries/${fjordlys.entryId}/screening`, standstillEndsAt: decided.body.standstillEndsAt });
    const quality = feedback.body.criteria.find((c: { criterionId: string }) => c.criterionId === 'quality');
    expect(quality.consensus.value).toBe(6);
    expect(quality.scores).toEqual([
      { juror: 'Juror A', value: expect.any(Number), justification: expect.stringContaining('Scored') },
      { juror: 'Juror B', value: expect.any(Number), justification: expect.stringContaining('Scored') },
    ]);
    for (const juror of jurors) {
      expect(feedback.text).not.toContain(juror.id);
      expect(feedback.text).not.toContain(juror.email);
    }
    const rival = await havbrise.founder.client.get(`/api/entries/${havbrise.entryId}/feedback`);
    expect(rival.body).toMatchObject({ winner: false, award: null, rank: expect.any(Number) });
  });
});

describe('jury: the method stays open to amendment until the first score', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('accepts an amendment of the method while nobody has scored', async () => {
    const organiser = await signedInUser(t, 'staff', 'organiser');
    const { challengeId } = await openChallenge(organiser);
    const amended = await organiser.client.post(`/api/challenges/${challengeId}/amendments`, {
      reason: 'Clarify the weights before anyone scores.',
      changes: { evaluationMethod: evaluationMethod({ tieBreak: ['feasibility', 'quality'] }) },
    });
    expect(amended.status).toBe(201);
  });
});
