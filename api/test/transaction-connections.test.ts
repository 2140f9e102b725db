import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChallengeLifecycle } from '../src/challenges/challenge-lifecycle.service.js';
import { Clock } from '../src/common/clock.js';
import { OutboxService } from '../src/outbox/outbox.service.js';
import { createDraft, createPublished, evaluationMethod, iso, openPhases } from './support/challenge-fixtures.js';
import { completeEntryContent, draftEntry, registerCompany, tinyPdf, upload } from './support/entry-fixtures.js';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { TestClient, type TestResponse } from './support/http-client.js';
import { LEAKED_CPR, screenNow } from './support/screening-fixtures.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { type TransactionGuard, installTransactionGuard } from './support/transaction-guard.js';

const HOUR = 3_600_000;
const BIDDERS = 10;
/** Far longer than any request takes; a request still waiting then is waiting for a connection that never comes. */
const REQUEST_TIMEOUT_MS = 20_000;

/** Fails (instead of hanging the run) when a request does not answer in time, naming the queries that went around a transaction. */
function inTime<T>(guard: TransactionGuard, label: string, request: Promise<TestResponse<T>>): Promise<TestResponse<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer within ${REQUEST_TIMEOUT_MS} ms; the pool is starved by ${JSON.stringify(guard.strays.slice(0, 3))}`)), REQUEST_TIMEOUT_MS);
  });
  return Promise.race([request, timeout]).finally(() => clearTimeout(timer));
}

function statusesOf(responses: TestResponse[]): number[] {
  return responses.map((r) => r.status);
}

/** After a deadlock the app never closes (its pool waits for connections that never return): give up after a while. */
async function closeWithin(t: TestApp | undefined, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([t?.close(), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]).finally(() => clearTimeout(timer));
}

describe('under a pool of two connections, concurrent writers all finish', () => {
  let t: TestApp;
  let guard: TransactionGuard;
  let organiser: TestUser;
  let challengeId: string;
  const bidders: { user: TestUser; entryId: string }[] = [];
  const withdrawers: { user: TestUser; entryId: string }[] = [];
  const questionIds: string[] = [];

  beforeAll(async () => {
    // Two connections: a request inside a transaction that asks the pool for a second one deadlocks as soon as two such requests overlap.
    t = await startTestApp({ DATABASE_POOL_SIZE: '2' }, { transactionGuard: false });
    guard = installTransactionGuard(t);
    organiser = await signedInUser(t, 'staff', 'organiser');
    challengeId = await createPublished(organiser.client);
    for (let i = 0; i < BIDDERS + 3; i += 1) {
      const user = await signedInUser(t, null, `bidder${i}`);
      await registerCompany(user.client, `Bidder ${i} ApS`);
      const { id: entryId } = await draftEntry(user.client, challengeId);
      if (i < BIDDERS) bidders.push({ user, entryId });
      else {
        expect((await user.client.post(`/api/entries/${entryId}/submit`)).status).toBe(201);
        withdrawers.push({ user, entryId });
      }
    }
    for (const { user } of bidders.slice(0, 5)) {
      const asked = await user.client.post(`/api/challenges/${challengeId}/questions`, { text: `How many users will ${user.email} serve?` });
      expect(asked.status).toBe(201);
      questionIds.push(asked.body.id as string);
    }
  }, 120_000);
  afterAll(async () => {
    guard?.uninstall();
    await closeWithin(t, 10_000);
  });

  it('finishes concurrent submissions, uploads, questions, answers, amendments and withdrawals', async () => {
    const [submits, uploads, answers, asks, amendments, withdrawals] = await Promise.all([
      Promise.all(bidders.map(({ user, entryId }, i) => inTime(guard, `submit ${i}`, user.client.post(`/api/entries/${entryId}/submit`)))),
      Promise.all(bidders.map(({ user, entryId }, i) => inTime(guard, `upload ${i}`, upload(user.client, entryId, `annex-${i}.pdf`, tinyPdf(`annex ${i}`), 'application/pdf')))),
      Promise.all(questionIds.map((id, i) => inTime(guard, `answer ${i}`, organiser.client.post(`/api/questions/${id}/answer`, { text: `Answer number ${i}.` })))),
      Promise.all(bidders.slice(5).map(({ user }, i) => inTime(guard, `ask ${i}`, user.client.post(`/api/challenges/${challengeId}/questions`, { text: `Is hosting in Sweden fine (${i})?` })))),
      Promise.all(
        [0, 1, 2].map((i) =>
          inTime(guard, `amend ${i}`, organiser.client.post(`/api/challenges/${challengeId}/amendments`, { reason: `Clarifying the summary, round ${i}.`, changes: { summary: `Summary, version ${i}` } })),
        ),
      ),
      Promise.all(withdrawers.map(({ user, entryId }, i) => inTime(guard, `withdraw ${i}`, user.client.post(`/api/entries/${entryId}/withdraw`)))),
    ]);

    expect(statusesOf(submits)).toEqual(bidders.map(() => 201));
    expect(statusesOf(uploads)).toEqual(bidders.map(() => 201));
    expect(statusesOf(answers)).toEqual(questionIds.map(() => 201));
    expect(statusesOf(asks)).toEqual([201, 201, 201, 201, 201]);
    expect(statusesOf(amendments)).toEqual([201, 201, 201]);
    expect(statusesOf(withdrawals)).toEqual([200, 200, 200]);

    const { rows: entries } = await t.db.query(`SELECT status, count(*)::int AS n FROM entry WHERE challenge_id = $1 GROUP BY status ORDER BY status`, [challengeId]);
    expect(entries).toEqual([
      { status: 'submitted', n: BIDDERS },
      { status: 'withdrawn', n: 3 },
    ]);
    const { rows: numbers } = await t.db.query(
      `SELECT (SELECT array_agg(number ORDER BY number) FROM challenge_amendment WHERE challenge_id = $1) AS amendments,
              (SELECT array_agg(number ORDER BY number) FROM challenge_question WHERE challenge_id = $1 AND number IS NOT NULL) AS answers`,
      [challengeId],
    );
    expect(numbers[0]).toEqual({ amendments: [1, 2, 3], answers: [1, 2, 3, 4, 5] });
    expect(guard.strays).toEqual([]);
  });
});

describe('every transaction reaches the database only through its own connection', () => {
  let t: TestApp;
  let guard: TransactionGuard;
  let organiser: TestUser;
  let admin: TestUser;
  let founder: TestUser;
  let companyId: string;
  beforeAll(async () => {
    t = await startTestApp({}, { transactionGuard: false });
    guard = installTransactionGuard(t);
    organiser = await signedInUser(t, 'staff', 'organiser');
    admin = await signedInUser(t, 'admin', 'admin');
    founder = await signedInUser(t, null, 'founder');
    companyId = await registerCompany(founder.client, 'Founder ApS');
  });
  afterAll(async () => {
    guard?.uninstall();
    await t?.close();
  });

  it('keeps every transaction of accounts, companies, challenges, entries and screening on its own connection', async () => {
    // Companies and invitations.
    const colleague = await signedInUser(t, null, 'colleague');
    const company = (await founder.client.get(`/api/companies/${companyId}`)).body;
    expect((await founder.client.put(`/api/companies/${companyId}`, { name: 'Founder A/S', country: 'DK', cvr: company.cvr, sizeClass: 'medium' })).status).toBe(200);
    expect((await founder.client.post(`/api/companies/${companyId}/members`, { email: colleague.email, name: 'Colleague' })).body.grantedTo).toBe(colleague.id);
    expect((await founder.client.delete(`/api/companies/${companyId}/members/${colleague.id}`)).status).toBe(204);
    const invited = await admin.client.post('/api/invitations', { email: 'new-staff@kk.example', name: 'New Staff', role: 'staff' });
    expect(invited.status).toBe(201);
    const { rows: mails } = await t.db.query(`SELECT body FROM mail_message WHERE recipient = 'new-staff@kk.example'`);
    const token = /invitation\/([A-Za-z0-9_-]+)/.exec(mails[0].body as string)![1]!;
    const accepted = await new TestClient(t.baseUrl).post('/api/invitations/accept', { token, password: 'a long enough password' });
    expect(accepted.status).toBe(201);
    expect((await admin.client.patch(`/api/admin/users/${accepted.body.id}/role`, { globalRole: 'admin' })).status).toBe(200);

    // A challenge from draft to cancelled: a colleague invited to organise it, a company asking, bidding and withdrawing.
    const draftId = await createDraft(organiser.client);
    expect((await organiser.client.patch(`/api/challenges/${draftId}`, { summary: 'A shorter summary.' })).status).toBe(200);
    expect((await organiser.client.post(`/api/challenges/${draftId}/organisers`, { email: admin.email, name: 'Admin' })).status).toBe(201);
    expect((await organiser.client.post(`/api/challenges/${draftId}/publish`)).status).toBe(200);
    expect((await founder.client.post(`/api/challenges/${draftId}/registrations`, { companyId })).status).toBe(201);
    const asked = await founder.client.post(`/api/challenges/${draftId}/questions`, { text: 'May we bid together with a partner?' });
    expect(asked.status).toBe(201);
    expect((await organiser.client.post(`/api/questions/${asked.body.id}/answer`, { text: 'Yes.' })).status).toBe(201);
    expect((await organiser.client.post(`/api/challenges/${draftId}/amendments`, { reason: 'Partnerships are welcome.', changes: { summary: 'Partners welcome.' } })).status).toBe(201);
    const { id: withdrawnId } = await draftEntry(founder.client, draftId);
    expect((await founder.client.post(`/api/entries/${withdrawnId}/submit`)).status).toBe(201);
    expect((await founder.client.post(`/api/entries/${withdrawnId}/withdraw`)).status).toBe(200);
    expect((await organiser.client.post(`/api/challenges/${draftId}/transitions`, { to: 'cancelled', reason: 'No budget after all.' })).status).toBe(200);

    // A hackathon: register for the event, form a team on the day.
    const now = Date.now();
    const eventStart = now + 2 * HOUR;
    const hackathonId = await createPublished(organiser.client, {
      type: 'hackathon',
      blindReview: false,
      phases: [
        { kind: 'announcement', startsAt: iso(now - HOUR), endsAt: iso(eventStart) },
        { kind: 'event-day', startsAt: iso(eventStart), endsAt: iso(eventStart + 8 * HOUR) },
        { kind: 'submission', startsAt: iso(eventStart + 8 * HOUR), endsAt: iso(eventStart + 10 * HOUR) },
      ],
    });
    expect((await colleague.client.post(`/api/challenges/${hackathonId}/event-registrations`)).status).toBe(201);
    const clock = t.app.get(Clock);
    clock.freezeAt(new Date(eventStart + HOUR));
    try {
      expect((await colleague.client.post(`/api/challenges/${hackathonId}/teams`, { name: 'Harbour Hackers' })).status).toBe(201);
    } finally {
      clock.freezeAt(null);
    }

    // Screening: a failed blocker decided, an identity-leak decision, a response and a re-run.
    const phases = openPhases();
    const screenedId = await createPublished(organiser.client, {
      phases,
      evaluationMethod: evaluationMethod({ mandatoryScreeningRules: ['data-protection.cpr-numbers'] }),
    });
    const { id: entryId } = await draftEntry(founder.client, screenedId, completeEntryContent());
    expect((await upload(founder.client, entryId, 'pilot.txt', `Pilot participant CPR ${LEAKED_CPR}.`)).status).toBe(201);
    expect((await founder.client.post(`/api/entries/${entryId}/submit`)).status).toBe(201);
    clock.freezeAt(new Date(new Date(phases[2]!.endsAt).getTime() + 1));
    try {
      // The clock closes submission (and opens the entries) in the worker; the organiser's request does the rest.
      expect(await t.app.get(ChallengeLifecycle).advanceAllByClock()).toBeGreaterThan(0);
      expect((await organiser.client.post(`/api/challenges/${screenedId}/entries/open`)).status).toBe(200);
    } finally {
      clock.freezeAt(null);
    }
    await screenNow(t, entryId);
    const blocker = { ruleId: 'data-protection.cpr-numbers', decision: 'confirmed', reason: 'A real CPR number.' };
    expect((await organiser.client.post(`/api/entries/${entryId}/screening/decisions`, blocker)).status).toBe(200);
    expect((await organiser.client.post(`/api/entries/${entryId}/screening/identity-leaks`, { decision: 'accepted', reason: 'Nothing to hide.' })).status).toBe(200);
    expect((await organiser.client.post(`/api/challenges/${screenedId}/transitions`, { to: 'evaluation' })).status).toBe(200);
    expect((await founder.client.post(`/api/entries/${entryId}/screening/responses`, { text: 'It was a test value.' })).status).toBe(201);
    expect((await organiser.client.post(`/api/challenges/${screenedId}/screening/rerun`)).status).toBe(202);

    // The worker's side: relaying the outbox.
    await t.app.get(OutboxService).relay(async () => undefined);

    expect(guard.strays).toEqual([]);
  });

  it('catches a query sent around the transaction, so the checks above can fail', async () => {
    const dataSource = t.app.get<DataSource>(getDataSourceToken());
    const before = guard.strays.length;
    await dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1');
      await dataSource.query('SELECT 2');
    });
    expect(guard.strays.slice(before)).toEqual([expect.objectContaining({ sql: 'SELECT 2' })]);
    guard.strays.splice(before);
  });
});
