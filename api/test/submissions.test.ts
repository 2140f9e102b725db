import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../src/common/clock.js';
import { createPublished, openPhases } from './support/challenge-fixtures.js';
import { completeEntryContent, draftEntry, registerCompany, tinyPdf, upload } from './support/entry-fixtures.js';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { TestClient } from './support/http-client.js';
import { type TestApp, startTestApp } from './support/test-app.js';

describe('entries: drafting together, submitting, receipts', () => {
  let t: TestApp;
  let organiser: TestUser;
  let founder: TestUser;
  let colleague: TestUser;
  let rival: TestUser;
  let admin: TestUser;
  let challengeId: string;
  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    admin = await signedInUser(t, 'admin', 'admin');
    founder = await signedInUser(t, null, 'founder');
    colleague = await signedInUser(t, null, 'colleague');
    rival = await signedInUser(t, null, 'rival');
    const companyId = await registerCompany(founder.client, 'Høringsdata ApS');
    await founder.client.post(`/api/companies/${companyId}/members`, { email: colleague.email, name: 'Colleague' });
    await registerCompany(rival.client, 'Rival ApS');
    challengeId = await freshChallenge();
  });

  // One entry per company and challenge: tests that submit get a challenge of their own.
  function freshChallenge(): Promise<string> {
    return createPublished(organiser.client, {
      leadsToPurchase: true,
      evaluationMethod: {
        criteria: [{ id: 'quality', title: { da: 'Kvalitet', en: 'Quality' }, weight: 80 }],
        scale: { min: 0, max: 10, step: 1 },
        priceWeight: 20,
        priceModel: { kind: 'absolute', referencePrice: 500000, maxPrice: 1500000 },
      },
    });
  }
  afterAll(() => t.close());

  it('creates one draft per company that its members edit with a version check', async () => {
    const created = await founder.client.post(`/api/challenges/${challengeId}/entries`, {});
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', version: 1, content: {} });
    const again = await colleague.client.post(`/api/challenges/${challengeId}/entries`, {});
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(created.body.id);

    const saved = await founder.client.patch(`/api/entries/${created.body.id}`, { version: 1, content: { solution: { title: 'First' } } });
    expect(saved.body.version).toBe(2);
    const stale = await colleague.client.patch(`/api/entries/${created.body.id}`, { version: 1, content: { solution: { title: 'Overwrite' } } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('entry.stale-version');
    expect((await colleague.client.get(`/api/entries/${created.body.id}`)).body.content.solution.title).toBe('First');
  });

  it('validates each field of a draft with a clear message', async () => {
    const entry = (await founder.client.post(`/api/challenges/${challengeId}/entries`, {})).body;
    founder.client.language = 'da';
    const bad = await founder.client.patch(`/api/entries/${entry.id}`, { version: entry.version, content: { solution: { trl: 12, demoUrl: 'ftp://x' } } });
    founder.client.language = 'en';
    expect(bad.status).toBe(400);
    const paths = bad.body.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['content.solution.trl', 'content.solution.demoUrl']));
  });

  it('refuses to submit an incomplete entry and names what is missing', async () => {
    const entry = (await founder.client.post(`/api/challenges/${challengeId}/entries`, {})).body;
    await founder.client.patch(`/api/entries/${entry.id}`, { version: (await founder.client.get(`/api/entries/${entry.id}`)).body.version, content: { solution: { title: 'Only a title' } } });
    const response = await founder.client.post(`/api/entries/${entry.id}/submit`);
    expect(response.status).toBe(400);
    const paths = response.body.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['solution.summary', 'offer.price', 'declarations.acceptTerms']));
  });

  it('submits with a verifiable receipt, keeps every revision, and replays an idempotent retry', async () => {
    const { id } = await draftEntry(founder.client, await freshChallenge());
    const uploaded = await upload(founder.client, id, 'løsning.pdf', tinyPdf());
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.fileName).toBe('løsning.pdf');
    expect(uploaded.body.sha256).toMatch(/^[0-9a-f]{64}$/);

    const first = await founder.client.post(`/api/entries/${id}/submit`, {}, { 'idempotency-key': 'submit-attempt-0001' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ entryId: id, revision: 1, attachments: [expect.objectContaining({ sha256: uploaded.body.sha256 })] });
    expect(first.body.submittedAt).toMatch(/\.\d{3}Z$/);

    const retry = await founder.client.post(`/api/entries/${id}/submit`, {}, { 'idempotency-key': 'submit-attempt-0001' });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM entry_revision WHERE entry_id = $1`, [id]);
    expect(rows[0].n).toBe(1);

    const verified = await new TestClient(t.baseUrl).post('/api/receipts/verify', { receipt: first.body });
    expect(verified.body).toEqual({ valid: true, entryId: id, revision: 1, documents: 'present' });
    const forged = await new TestClient(t.baseUrl).post('/api/receipts/verify', { receipt: { ...first.body, submittedAt: '2020-01-01T00:00:00.000Z' } });
    expect(forged.body).toMatchObject({ valid: false, code: 'receipt.field-mismatch', fields: ['submittedAt'] });

    const second = await colleague.client.post(`/api/entries/${id}/submit`);
    expect(second.body.revision).toBe(2);
    const revisions = await founder.client.get(`/api/entries/${id}/revisions`);
    expect(revisions.body.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
    expect((await new TestClient(t.baseUrl).post('/api/receipts/verify', { receipt: first.body })).body.valid).toBe(true);

    const pdf = await founder.client.get(`/api/entries/${id}/revisions/1/receipt.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.text.startsWith('%PDF')).toBe(true);

    const mail = await admin.client.get(`/api/admin/mail?q=${encodeURIComponent(colleague.email)}`);
    expect(mail.body.items.some((m: { kind: string; body: string }) => m.kind === 'receipt' && m.body.includes(first.body.hash))).toBe(true);
  });

  it('detects a revision changed in the database behind the platform’s back', async () => {
    const { id } = await draftEntry(founder.client, await freshChallenge());
    const receipt = (await founder.client.post(`/api/entries/${id}/submit`)).body;
    await expect(t.db.query(`UPDATE entry_revision SET content = '{}'::jsonb WHERE entry_id = $1`, [id])).rejects.toThrow(/cannot be changed/);
    await t.db.query('BEGIN');
    await t.db.query('SET LOCAL session_replication_role = replica');
    await t.db.query(`UPDATE entry_revision SET content = jsonb_set(content, '{offer,price}', '1') WHERE entry_id = $1 AND revision = $2`, [id, receipt.revision]);
    await t.db.query('COMMIT');
    const verified = await new TestClient(t.baseUrl).post('/api/receipts/verify', { receipt });
    expect(verified.body).toMatchObject({ valid: false, code: 'receipt.hash-mismatch' });
  });

  it('lets a company withdraw before the deadline, keeping its revisions', async () => {
    const { id } = await draftEntry(founder.client, await freshChallenge());
    const document = (await upload(founder.client, id, 'plan.pdf', tinyPdf())).body;
    expect((await founder.client.post(`/api/entries/${id}/withdraw`)).status).toBe(409);
    await founder.client.post(`/api/entries/${id}/submit`);
    const withdrawn = await founder.client.post(`/api/entries/${id}/withdraw`);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await founder.client.post(`/api/entries/${id}/submit`)).status).toBe(409);
    const removed = await founder.client.delete(`/api/entries/${id}/attachments/${document.id}`);
    expect(removed.status).toBe(409);
    expect(removed.body.code).toBe('entry.withdrawn');
    const entry = (await founder.client.get(`/api/entries/${id}`)).body;
    expect(entry.revisions).toHaveLength(1);
    expect(entry.attachments.map((a: { id: string }) => a.id)).toEqual([document.id]);
  });

  it('keeps other companies out of an entry, even by guessing its id', async () => {
    const { id } = await draftEntry(founder.client, await freshChallenge());
    const uploaded = await upload(founder.client, id, 'plan.pdf', tinyPdf());
    const receipt = (await founder.client.post(`/api/entries/${id}/submit`)).body;
    for (const client of [rival.client]) {
      expect((await client.get(`/api/entries/${id}`)).status).toBe(404);
      expect((await client.patch(`/api/entries/${id}`, { version: 1, content: {} })).status).toBe(404);
      expect((await client.post(`/api/entries/${id}/submit`)).status).toBe(404);
      expect((await client.post(`/api/entries/${id}/withdraw`)).status).toBe(404);
      expect((await client.get(`/api/entries/${id}/attachments/${uploaded.body.id}`)).status).toBe(404);
      expect((await upload(client, id, 'evil.pdf', tinyPdf())).status).toBe(404);
      expect((await client.delete(`/api/entries/${id}/attachments/${uploaded.body.id}`)).status).toBe(404);
      expect((await client.get(`/api/entries/${id}/revisions/1/receipt`)).status).toBe(404);
    }
    expect((await rival.client.get('/api/entries/00000000-0000-4000-8000-000000000001')).status).toBe(404);
    expect((await new TestClient(t.baseUrl).get(`/api/entries/${id}`)).status).toBe(401);
    expect(receipt.revision).toBe(1);
  });

  it('downloads a document as an attachment with its type and nosniff', async () => {
    const { id } = await draftEntry(founder.client, await freshChallenge());
    const uploaded = await upload(founder.client, id, '../../etc/notes.txt', 'plain text notes æøå');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.fileName).toBe('notes.txt');
    const download = await founder.client.get(`/api/entries/${id}/attachments/${uploaded.body.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''notes\.txt$/);
    expect(download.text).toBe('plain text notes æøå');
  });
});

describe('sealed until the deadline', () => {
  let t: TestApp;
  let organiser: TestUser;
  let admin: TestUser;
  let founder: TestUser;
  let challengeId: string;
  let entryId: string;
  let deadline: Date;
  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    admin = await signedInUser(t, 'admin', 'admin');
    founder = await signedInUser(t, null, 'founder');
    await registerCompany(founder.client, 'Sealed ApS');
    const phases = openPhases();
    deadline = new Date(phases[2]!.endsAt);
    challengeId = await createPublished(organiser.client, { phases });
    entryId = (await draftEntry(founder.client, challengeId, completeEntryContent({ offer: undefined }))).id;
    await upload(founder.client, entryId, 'plan.pdf', tinyPdf());
    expect((await founder.client.post(`/api/entries/${entryId}/submit`)).status).toBe(201);
  });
  afterAll(() => t.close());

  it('gives organisers and admins counts only before opening', async () => {
    for (const client of [organiser.client, admin.client]) {
      const stats = await client.get(`/api/challenges/${challengeId}/entries/stats`);
      expect(stats.body).toMatchObject({ submitted: 1, draft: 0, opened: false });
      const list = await client.get(`/api/challenges/${challengeId}/entries`);
      expect(list.status).toBe(403);
      expect(list.body.code).toBe('entry.sealed');
      expect((await client.get(`/api/entries/${entryId}`)).status).toBe(403);
      const attachment = (await founder.client.get(`/api/entries/${entryId}`)).body.attachments[0];
      expect((await client.get(`/api/entries/${entryId}/attachments/${attachment.id}`)).status).toBe(403);
    }
    expect((await founder.client.get(`/api/challenges/${challengeId}/entries/stats`)).status).toBe(403);
    const early = await organiser.client.post(`/api/challenges/${challengeId}/entries/open`);
    expect(early.status).toBe(409);
  });

  it('opens at the deadline, records every entry hash, and then lets organisers read', async () => {
    t.app.get(Clock).freezeAt(new Date(deadline.getTime() + 1));
    try {
      const opened = await organiser.client.post(`/api/challenges/${challengeId}/entries/open`);
      expect(opened.status).toBe(200);
      const receipt = (await founder.client.get(`/api/entries/${entryId}/revisions/1/receipt`)).body;
      expect(opened.body.entries).toEqual([{ entryId, label: 1, revision: 1, receiptHash: receipt.hash, status: 'submitted' }]);
      const { rows } = await t.db.query(`SELECT data FROM audit_event WHERE action = 'entries.opened' AND subject_id = $1`, [challengeId]);
      expect(rows[0].data.entries[0].receiptHash).toBe(receipt.hash);

      for (const client of [organiser.client, admin.client]) {
        const list = await client.get(`/api/challenges/${challengeId}/entries`);
        expect(list.status).toBe(200);
        expect(list.body[0]).toMatchObject({ id: entryId, label: 1, receiptHash: receipt.hash, company: { name: 'Sealed ApS' } });
        const attachment = list.body[0].attachments[0];
        expect((await client.get(`/api/entries/${entryId}/attachments/${attachment.id}`)).status).toBe(200);
      }
      const other = await signedInUser(t, 'staff', 'other-organiser');
      expect((await other.client.get(`/api/challenges/${challengeId}/entries`)).status).toBe(403);
    } finally {
      t.app.get(Clock).freezeAt(null);
    }
  });
});

describe('the deadline, by the server clock', () => {
  let t: TestApp;
  let organiser: TestUser;
  let founder: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    founder = await signedInUser(t, null, 'founder');
    await registerCompany(founder.client, 'Deadline ApS');
  });
  afterAll(() => t.close());

  async function entryAtDeadline(graceSeconds: number) {
    const phases = openPhases();
    const challengeId = await createPublished(organiser.client, { phases, submissionGraceSeconds: graceSeconds });
    const { id } = await draftEntry(founder.client, challengeId, completeEntryContent({ offer: undefined }));
    return { id, deadline: new Date(phases[2]!.endsAt).getTime() };
  }

  it('accepts a submission 1 ms before the deadline and refuses one at it', async () => {
    const clock = t.app.get(Clock);
    const { id, deadline } = await entryAtDeadline(0);
    try {
      clock.freezeAt(new Date(deadline - 1));
      expect((await founder.client.post(`/api/entries/${id}/submit`)).status).toBe(201);
      clock.freezeAt(new Date(deadline));
      const late = await founder.client.post(`/api/entries/${id}/submit`);
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('entry.late');
      clock.freezeAt(new Date(deadline + 1));
      expect((await founder.client.post(`/api/entries/${id}/withdraw`)).status).toBe(409);
      const version = (await founder.client.get(`/api/entries/${id}`)).body.version;
      const edit = await founder.client.patch(`/api/entries/${id}`, { version, content: completeEntryContent({ offer: undefined }) });
      expect(edit.status).toBe(409);
      expect(edit.body.code).toBe('entry.closed');
    } finally {
      clock.freezeAt(null);
    }
  });

  it('answers a retried submission with its receipt even after the deadline, once, and refuses the key for another entry', async () => {
    const clock = t.app.get(Clock);
    const { id, deadline } = await entryAtDeadline(0);
    const { id: otherId } = await entryAtDeadline(0);
    try {
      clock.freezeAt(new Date(deadline - 1));
      // Two copies of the same request at once: one revision, one receipt for both.
      const [first, twin] = await Promise.all([0, 1].map(() => founder.client.post(`/api/entries/${id}/submit`, {}, { 'idempotency-key': 'late-retry-0001' })));
      expect([first!.status, twin!.status]).toEqual([201, 201]);
      expect(twin!.body).toEqual(first!.body);
      clock.freezeAt(new Date(deadline + 60_000));
      const retry = await founder.client.post(`/api/entries/${id}/submit`, {}, { 'idempotency-key': 'late-retry-0001' });
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first!.body);
      const fresh = await founder.client.post(`/api/entries/${id}/submit`, {}, { 'idempotency-key': 'late-retry-0002' });
      expect(fresh.status).toBe(409);
      expect(fresh.body.code).toBe('entry.late');
      clock.freezeAt(new Date(deadline - 1));
      const reused = await founder.client.post(`/api/entries/${otherId}/submit`, {}, { 'idempotency-key': 'late-retry-0001' });
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('idempotency.key-reused');
      const { rows } = await t.db.query(`SELECT entry_id, count(*)::int AS n FROM entry_revision WHERE entry_id = ANY($1) GROUP BY entry_id`, [[id, otherId]]);
      expect(rows).toEqual([{ entry_id: id, n: 1 }]);
    } finally {
      clock.freezeAt(null);
    }
  });

  it('lets no organiser close submission before the deadline, and takes nothing once it is closed', async () => {
    const { id: submittedId } = await entryAtDeadline(0);
    expect((await founder.client.post(`/api/entries/${submittedId}/submit`)).status).toBe(201);
    const [{ challenge_id: challengeId }] = (await t.db.query(`SELECT challenge_id FROM entry WHERE id = $1`, [submittedId])).rows;
    const early = await organiser.client.post(`/api/challenges/${challengeId}/transitions`, { to: 'submission-closed', reason: 'Closed early.' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('lifecycle.closes-at-deadline');
    expect((await t.db.query(`SELECT 1 FROM entry_opening WHERE challenge_id = $1`, [challengeId])).rows).toEqual([]);

    // Closed however it happened, the entries may be open: nothing more comes in or goes out.
    await t.db.query(`UPDATE challenge SET status = 'submission-closed' WHERE id = $1`, [challengeId]);
    const resubmitted = await founder.client.post(`/api/entries/${submittedId}/submit`);
    expect(resubmitted.status).toBe(409);
    expect(resubmitted.body.code).toBe('entry.closed');
    expect(resubmitted.body.message).not.toBe('entry.closed');
    const withdrawn = await founder.client.post(`/api/entries/${submittedId}/withdraw`);
    expect(withdrawn.status).toBe(409);
    expect(withdrawn.body.code).toBe('entry.closed');
    const { rows } = await t.db.query(`SELECT status, current_revision AS revision FROM entry WHERE id = $1`, [submittedId]);
    expect(rows[0]).toEqual({ status: 'submitted', revision: 1 });
  });

  it('honours the published grace period to the millisecond', async () => {
    const clock = t.app.get(Clock);
    const { id, deadline } = await entryAtDeadline(5);
    try {
      clock.freezeAt(new Date(deadline + 4999));
      expect((await founder.client.post(`/api/entries/${id}/submit`)).status).toBe(201);
      clock.freezeAt(new Date(deadline + 5000));
      expect((await founder.client.post(`/api/entries/${id}/submit`)).status).toBe(409);
    } finally {
      clock.freezeAt(null);
    }
  });
});
