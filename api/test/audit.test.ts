import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowHash } from '../src/audit/audit-chain.js';
import { AuditService } from '../src/audit/audit.service.js';
import { Clock } from '../src/common/clock.js';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { TestClient } from './support/http-client.js';
import { type TestApp, startTestApp } from './support/test-app.js';

describe('the tamper-evident audit trail', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signedInUser(t, 'admin', 'admin');
    for (let i = 0; i < 3; i += 1) await signedInUser(t, null, `user${i}`);
  });
  afterAll(() => t.close());

  it('verifies an intact chain and counts its rows', async () => {
    const { rows } = await t.db.query('SELECT count(*)::int AS n FROM audit_event');
    const response = await admin.client.get('/api/audit/verify');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true, rows: rows[0].n });
    expect(rows[0].n).toBeGreaterThanOrEqual(4);
  });

  it('dates events by the server clock, which also decides deadlines', async () => {
    const instant = new Date('2031-03-04T05:06:07.089Z');
    t.app.get(Clock).freezeAt(instant);
    try {
      await signedInUser(t, null, 'clocked');
    } finally {
      t.app.get(Clock).freezeAt(null);
    }
    const { rows } = await t.db.query(`SELECT occurred_at AS "occurredAt" FROM audit_event WHERE action = 'auth.login' ORDER BY seq DESC LIMIT 1`);
    expect(rows[0].occurredAt.toISOString()).toBe(instant.toISOString());
    expect((await admin.client.get('/api/audit/verify')).body.ok).toBe(true);
  });

  it('refuses updates and deletes of audit rows in the database itself', async () => {
    await expect(t.db.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });

  it('names the first row whose content was edited behind the application’s back', async () => {
    const { rows } = await t.db.query('SELECT seq FROM audit_event ORDER BY seq LIMIT 1 OFFSET 2');
    const tampered = rows[0].seq as string;
    await t.db.query('BEGIN');
    await t.db.query(`SET LOCAL session_replication_role = replica`);
    await t.db.query(`UPDATE audit_event SET data = '{"ip":"10.0.0.1"}'::jsonb WHERE seq = $1`, [tampered]);
    await t.db.query('COMMIT');
    const response = await admin.client.get('/api/audit/verify');
    expect(response.body).toEqual({ ok: false, rows: 2, brokenAt: { seq: tampered, reason: 'hash-mismatch' } });
  });

  it('detects a deleted row through the next row’s link', async () => {
    const other = await startTestApp();
    try {
      const otherAdmin = await signedInUser(other, 'admin', 'admin');
      await signedInUser(other, null, 'someone');
      const { rows } = await other.db.query('SELECT seq FROM audit_event ORDER BY seq LIMIT 2');
      await other.db.query('BEGIN');
      await other.db.query(`SET LOCAL session_replication_role = replica`);
      await other.db.query('DELETE FROM audit_event WHERE seq = $1', [rows[0].seq]);
      await other.db.query('COMMIT');
      const response = await otherAdmin.client.get('/api/audit/verify');
      expect(response.body).toMatchObject({ ok: false, brokenAt: { seq: rows[1].seq, reason: 'prev-hash-mismatch' } });
    } finally {
      await other.close();
    }
  });

  it('lets only admins verify or read the trail', async () => {
    const staff = await signedInUser(t, 'staff', 'staff');
    const participant = await signedInUser(t, null, 'participant');
    for (const client of [staff.client, participant.client]) {
      expect((await client.get('/api/audit/verify')).status).toBe(403);
      expect((await client.get('/api/audit/events')).status).toBe(403);
    }
    expect((await new TestClient(t.baseUrl).get('/api/audit/verify')).status).toBe(401);
    const events = await admin.client.get('/api/audit/events?limit=5');
    expect(events.status).toBe(200);
    expect(events.body).toHaveLength(5);
  });
});

describe('linking events into the chain when their transaction commits', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signedInUser(t, 'admin', 'admin');
  });
  afterAll(() => t.close());

  const events = async () =>
    (await t.db.query(`SELECT seq::text AS seq, action, hash_version AS "hashVersion" FROM audit_event ORDER BY audit_event.seq`)).rows as { seq: string; action: string; hashVersion: number }[];

  it('links an event only if its transaction commits, in the order its transaction wrote them', async () => {
    const audit = t.app.get(AuditService);
    const dataSource = t.app.get(DataSource);
    const before = (await events()).length;
    await expect(
      dataSource.transaction(async (manager) => {
        await audit.record({ action: 'test.rolled-back', subjectType: 'test' }, manager);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await dataSource.transaction(async (manager) => {
      await audit.record({ action: 'test.first', subjectType: 'test', data: { n: 1 } }, manager);
      await audit.record({ action: 'test.second', subjectType: 'test', data: { n: 2 } }, manager);
    });
    const after = await events();
    expect(after.map((e) => e.action).slice(before)).toEqual(['test.first', 'test.second']);
    expect(after.slice(before).every((e) => e.hashVersion === 2)).toBe(true);
    expect((await t.db.query('SELECT count(*)::int AS n FROM audit_pending')).rows[0].n).toBe(0);
    expect((await admin.client.get('/api/audit/verify')).body).toEqual({ ok: true, rows: after.length });
  });

  it('keeps one gapless chain when many transactions commit at once', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => signedInUser(t, null, `parallel${i}`)));
    const all = await events();
    expect(all.map((e) => BigInt(e.seq))).toEqual(all.map((_, i) => BigInt(all[0]!.seq) + BigInt(i)));
    expect((await admin.client.get('/api/audit/verify')).body).toEqual({ ok: true, rows: all.length });
  });

  it('continues a chain whose earlier rows were hashed whole (version 1)', async () => {
    const [head] = (await t.db.query(`SELECT seq::text AS seq, hash FROM audit_chain_head`)).rows as { seq: string; hash: string }[];
    const row = { seq: String(BigInt(head!.seq) + 1n), occurredAt: new Date('2030-01-01T00:00:00.000Z'), action: 'test.version-1', actorId: null, subjectType: 'test', subjectId: null, data: { kept: true }, prevHash: head!.hash };
    await t.db.query(
      `INSERT INTO audit_event (seq, occurred_at, action, actor_id, subject_type, subject_id, data, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [row.seq, row.occurredAt, row.action, row.actorId, row.subjectType, row.subjectId, JSON.stringify(row.data), row.prevHash, auditRowHash(row)],
    );
    await signedInUser(t, null, 'after-version-1');
    const all = await events();
    expect(all.at(-1)!.hashVersion).toBe(2);
    expect(all.some((e) => e.action === 'test.version-1' && e.hashVersion === 1)).toBe(true);
    expect((await admin.client.get('/api/audit/verify')).body).toEqual({ ok: true, rows: all.length });
  });
});
