import { AsyncLocalStorage } from 'node:async_hooks';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthUser } from '../src/auth/auth-user.js';
import { ScreeningReportsService } from '../src/screening/screening-reports.service.js';
import { evaluationMethod } from './support/challenge-fixtures.js';
import { completeEntryContent, draftEntry, registerCompany, upload } from './support/entry-fixtures.js';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { TestClient } from './support/http-client.js';
import { makeJurors, openChallenge, openEntries, participate } from './support/judging-fixtures.js';
import { LEAKED_CPR, failScreeningNow, screenNow } from './support/screening-fixtures.js';
import { type TestApp, startTestApp } from './support/test-app.js';

const company = (n: number) => ({ name: `Batch ${n} ApS`, domain: `batch-${n}.dk`, founderName: `Founder ${n}`, contactName: `Contact ${n}`, teamMember: `Member ${n}` });

describe('screening reports of a whole challenge', () => {
  let t: TestApp;
  let organiser: TestUser;
  let admin: TestUser;
  let otherStaff: TestUser;
  let juror: TestUser;
  let founder: TestUser;
  let challengeId: string;
  let entryIds: string[];
  let draftId: string;
  let sealed: { challengeId: string; deadline: Date; entryIds: string[] };

  const failScreening = (entryId: string, error: string) => failScreeningNow(t, entryId, error);

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    admin = await signedInUser(t, 'admin', 'admin');
    otherStaff = await signedInUser(t, 'staff', 'other');
    juror = await signedInUser(t, null, 'juror');
    founder = await signedInUser(t, null, 'founder');

    const opened = await openChallenge(organiser, { evaluationMethod: evaluationMethod({ mandatoryScreeningRules: ['data-protection.cpr-numbers'] }) });
    challengeId = opened.challengeId;
    // The first entry carries a real CPR number, so its report has a failed blocker to decide on.
    await registerCompany(founder.client, 'Founder ApS');
    const withCpr = (await draftEntry(founder.client, challengeId, completeEntryContent())).id;
    await upload(founder.client, withCpr, 'pilot-notes.txt', `Pilot participant: Jens Hansen, CPR ${LEAKED_CPR}, signed up.`);
    expect((await founder.client.post(`/api/entries/${withCpr}/submit`)).status).toBe(201);
    entryIds = [withCpr];
    for (const n of [2, 3, 4]) entryIds.push((await participate(t, challengeId, company(n))).entryId);
    const drafter = await signedInUser(t, null, 'drafter');
    await registerCompany(drafter.client, 'Drafter ApS');
    draftId = (await draftEntry(drafter.client, challengeId)).id;

    const later = await openChallenge(organiser);
    sealed = { ...later, entryIds: [(await participate(t, later.challengeId, company(5))).entryId, (await participate(t, later.challengeId, company(6))).entryId] };

    await openEntries(t, organiser, challengeId, opened.deadline);
    await makeJurors(organiser, challengeId, [juror]);
    for (const id of entryIds.slice(0, 3)) await screenNow(t, id);
    await failScreening(entryIds[3]!, 'document store unreachable');
    const confirmed = await organiser.client.post(`/api/entries/${withCpr}/screening/decisions`, { ruleId: 'data-protection.cpr-numbers', decision: 'confirmed', reason: 'Real CPR number of a pilot participant.' });
    expect(confirmed.status).toBe(200);
    expect((await organiser.client.post(`/api/entries/${entryIds[1]}/screening/identity-leaks`, { decision: 'accepted', reason: 'The name is public anyway.' })).status).toBe(200);
    expect((await organiser.client.post(`/api/challenges/${challengeId}/transitions`, { to: 'evaluation' })).status).toBe(200);
    expect((await founder.client.post(`/api/entries/${withCpr}/screening/responses`, { text: 'The CPR number was a test value; the document has been replaced.' })).status).toBe(201);
  });
  afterAll(() => t.close());

  it('answers for every submitted entry, in label order, exactly what the per-entry endpoint answers', async () => {
    const listed = (await organiser.client.get(`/api/challenges/${challengeId}/entries?status=submitted`)).body as { id: string }[];
    const inLabelOrder = listed.map((e) => e.id);
    expect([...inLabelOrder].sort()).toEqual([...entryIds].sort());
    for (const reader of [organiser, admin]) {
      const batch = await reader.client.get(`/api/challenges/${challengeId}/screening/reports`);
      expect(batch.status).toBe(200);
      const one = await Promise.all(inLabelOrder.map(async (id) => (await reader.client.get(`/api/entries/${id}/screening`)).body));
      expect(batch.body).toEqual(one);
    }
    const body = (await organiser.client.get(`/api/challenges/${challengeId}/screening/reports`)).body as { entryId: string }[];
    const [withCpr, leaked, plain, failed] = entryIds.map((id) => body.find((r) => r.entryId === id));
    // The comparison above covers each part of a report only if the fixtures filled it in.
    expect(withCpr).toMatchObject({ status: 'done', decisions: [{ ruleId: 'data-protection.cpr-numbers', decision: 'confirmed' }], responses: [{ text: expect.any(String) }] });
    expect(leaked).toMatchObject({ identityLeakDecision: { decision: 'accepted', reason: 'The name is public anyway.' } });
    expect(plain).toMatchObject({ status: 'done', decisions: [], responses: [], identityLeakDecision: null });
    expect(failed).toEqual({ entryId: entryIds[3], revision: 1, status: 'failed', error: 'document store unreachable' });
    expect(body.map((r) => r.entryId)).not.toContain(draftId);
  });

  it('refuses participants, jurors, staff outside the team and anonymous callers', async () => {
    const path = `/api/challenges/${challengeId}/screening/reports`;
    for (const outsider of [founder, juror, otherStaff]) {
      const refused = await outsider.client.get(path);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('challenge.organiser_required');
    }
    expect((await new TestClient(t.baseUrl).get(path)).status).toBe(401);
    expect((await organiser.client.get(`/api/challenges/00000000-0000-4000-8000-000000000000/screening/reports`)).status).toBe(404);
  });

  it('shows nothing before the entries are opened, with the code the entries list answers', async () => {
    const list = await organiser.client.get(`/api/challenges/${sealed.challengeId}/entries?status=submitted`);
    expect(list.status).toBe(403);
    for (const reader of [organiser, admin]) {
      const refused = await reader.client.get(`/api/challenges/${sealed.challengeId}/screening/reports`);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe(list.body.code);
      expect(refused.body.code).toBe('entry.sealed');
    }
  });

  it('reads the reports in the same number of queries whatever the number of entries', async () => {
    await openEntries(t, organiser, sealed.challengeId, sealed.deadline);
    await screenNow(t, sealed.entryIds[0]!);
    const reports = t.app.get(ScreeningReportsService);
    const actor: AuthUser = { id: organiser.id, email: organiser.email, name: 'organiser', globalRole: 'staff', locale: 'da', sessionId: 'test' };
    const two = await countQueries(t, () => reports.forChallenge(actor, sealed.challengeId));
    const four = await countQueries(t, () => reports.forChallenge(actor, challengeId));
    expect(two.result).toHaveLength(2);
    expect(four.result).toHaveLength(4);
    expect(four.queries).toBe(two.queries);
  });
});

/** Runs `work` and counts the SQL statements it sends, whichever connection they use. */
async function countQueries<T>(t: TestApp, work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const dataSource = t.app.get<DataSource>(getDataSourceToken());
  const probe = dataSource.createQueryRunner();
  const proto = Object.getPrototypeOf(probe) as { query: (this: QueryRunner, ...args: unknown[]) => Promise<unknown> };
  await probe.release();
  const counting = new AsyncLocalStorage<{ n: number }>();
  const original = proto.query;
  proto.query = function (this: QueryRunner, ...args: unknown[]) {
    const store = counting.getStore();
    if (store) store.n += 1;
    return original.apply(this, args);
  };
  try {
    const tally = { n: 0 };
    const result = await counting.run(tally, work);
    return { result, queries: tally.n };
  } finally {
    proto.query = original;
  }
}
