import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '@fairpitch/shared/exports';
import { Clock } from '../src/common/clock.js';
import { BuildExport } from '../src/exports/build-export.use-case.js';
import { UnavailableJudgingExportSource } from '../src/exports/judging-export-source.js';
import { ApplyRetention } from '../src/exports/retention/apply-retention.service.js';
import { ExportSnapshotService } from '../src/exports/snapshot/export-snapshot.service.js';
import { FixedJudgingExportSource } from '../src/exports/testing/fixed-judging-source.js';
import { verifyExportArchive } from '../src/exports/verify/verify-export-archive.js';
import { DocumentStore } from '../src/storage/document-store.js';
import { createPublished, openPhases } from './support/challenge-fixtures.js';
import { completeEntryContent, draftEntry, tinyPdf, upload } from './support/entry-fixtures.js';
import { randomCvr } from './support/ids.js';
import { TEST_PASSWORD, type TestUser, signedInUser } from './support/fixtures.js';
import { type TestApp, startTestApp } from './support/test-app.js';

const DAY = 86_400_000;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('retention: after the period, entries that did not win lose their documents and personal data', () => {
  let t: TestApp;
  let organiser: TestUser;
  let challengeId: string;
  let winnerId: string;
  let loserId: string;
  let decidedAt: Date;
  let earlierExportId: string;
  const winnerPdf = tinyPdf('winner');
  const loserPdf = tinyPdf('loser only');
  const sharedPdf = tinyPdf('shared with another challenge');

  async function download(path: string): Promise<{ status: number; bytes: Uint8Array }> {
    const login = await fetch(`${t.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: organiser.email, password: TEST_PASSWORD }) });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const response = await fetch(`${t.baseUrl}${path}`, { headers: { cookie } });
    return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  async function exportNow(): Promise<{ id: string; status: string; files: { name: string }[] }> {
    const started = await organiser.client.post(`/api/challenges/${challengeId}/exports`, {});
    expect(started.status).toBe(202);
    await t.app.get(BuildExport).execute(started.body.id);
    return (await organiser.client.get(`/api/exports/${started.body.id}`)).body;
  }

  const stored = (bytes: Uint8Array) => t.app.get(DocumentStore).exists(sha256(bytes));
  const bindJudging = () =>
    t.app.get(ExportSnapshotService).useJudgingSource(
      new FixedJudgingExportSource({ rankedEntryIds: [winnerId, loserId], criterionIds: ['quality', 'feasibility', 'value'], decidedAt: decidedAt.toISOString() }),
    );

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    const phases = openPhases();
    challengeId = await createPublished(organiser.client, { phases, retentionDays: 30 });
    const otherChallengeId = await createPublished(organiser.client, { phases: openPhases() });
    const ids: string[] = [];
    for (const [i, name] of ['Vinder ApS', 'Taber ApS'].entries()) {
      const founder = await signedInUser(t, null, `founder${i}`);
      const company = await founder.client.post('/api/companies', { name, country: 'DK', cvr: randomCvr(), sizeClass: 'small', contactPerson: { name: `Kontakt ${i}`, email: `kontakt${i}@firma.example` } });
      expect(company.status).toBe(201);
      const { id } = await draftEntry(founder.client, challengeId, completeEntryContent({
        offer: undefined,
        solution: { title: name, summary: 'Et bud.', description: 'Beskrivelse.', trl: 5, teamMembers: [{ name: `Medarbejder ${i}`, role: 'CTO', email: `medarbejder${i}@firma.example` }] },
      }));
      expect((await upload(founder.client, id, 'bilag.pdf', i === 0 ? winnerPdf : loserPdf, 'application/pdf')).status).toBe(201);
      if (i === 1) {
        expect((await upload(founder.client, id, 'fælles.pdf', sharedPdf, 'application/pdf')).status).toBe(201);
        // The same bytes are part of another challenge's entry, which must keep them.
        const other = await draftEntry(founder.client, otherChallengeId, completeEntryContent({ offer: undefined }));
        expect((await upload(founder.client, other.id, 'fælles.pdf', sharedPdf, 'application/pdf')).status).toBe(201);
      }
      expect((await founder.client.post(`/api/entries/${id}/submit`)).status).toBe(201);
      ids.push(id);
    }
    [winnerId, loserId] = ids as [string, string];
    t.app.get(Clock).freezeAt(new Date(new Date(phases[2]!.endsAt).getTime() + 1000));
    expect((await organiser.client.post(`/api/challenges/${challengeId}/entries/open`)).status).toBe(200);
    expect((await organiser.client.post(`/api/challenges/${challengeId}/transitions`, { to: 'evaluation' })).status).toBe(200);
    decidedAt = new Date(new Date(phases[2]!.endsAt).getTime() + 10 * DAY);
    t.app.get(Clock).freezeAt(decidedAt);
    expect((await organiser.client.post(`/api/challenges/${challengeId}/transitions`, { to: 'decided' })).status).toBe(200);
    bindJudging();
    const earlier = await exportNow();
    expect(earlier.status).toBe('done');
    earlierExportId = earlier.id;
  });
  afterAll(async () => {
    t.app.get(Clock).freezeAt(null);
    await t.close();
  });

  it('keeps the contact persons in the internal archive only', async () => {
    const archive = readArchive((await download(`/api/exports/${earlierExportId}/files/archive.zip`)).bytes);
    expect(new TextDecoder().decode(archive.get('sheets/entries.csv'))).toContain('kontakt1@firma.example');
    const published = new TextDecoder().decode((await download(`/api/exports/${earlierExportId}/files/ocds-release-package.json`)).bytes);
    expect(published).not.toContain('kontakt1@firma.example');
  });

  it('does nothing before the period has run out', async () => {
    expect(await t.app.get(ApplyRetention).runDue(new Date(decidedAt.getTime() + 29 * DAY))).toEqual([]);
    expect(await stored(loserPdf)).toBe(true);
  });

  it('deletes nothing while it cannot tell who won', async () => {
    t.app.get(ExportSnapshotService).useJudgingSource(new UnavailableJudgingExportSource());
    try {
      expect(await t.app.get(ApplyRetention).runDue(new Date(decidedAt.getTime() + 31 * DAY))).toEqual([]);
      expect(await stored(loserPdf)).toBe(true);
    } finally {
      bindJudging();
    }
  });

  it('deletes the losing entry’s own documents, keeps shared and winning ones, and records it once with an audit entry', async () => {
    const results = await t.app.get(ApplyRetention).runDue(new Date(decidedAt.getTime() + 31 * DAY));
    expect(results).toEqual([{ challengeId, entriesAnonymised: 1, documentsRemoved: 1, exportFilesRemoved: 1 }]);
    expect(await stored(loserPdf)).toBe(false);
    expect(await stored(sharedPdf)).toBe(true);
    expect(await stored(winnerPdf)).toBe(true);
    const { rows } = await t.db.query(`SELECT data FROM audit_event WHERE action = 'retention.applied' AND subject_id = $1`, [challengeId]);
    expect(rows).toHaveLength(1);
    expect(rows[0].data).toMatchObject({ keptEntries: [winnerId], anonymisedEntries: [loserId], documentsRemoved: 1 });
    expect(await t.app.get(ApplyRetention).runDue(new Date(decidedAt.getTime() + 40 * DAY))).toEqual([]);
  });

  it('anonymises the personal data in the stored forms of the entries that did not win, and only there', async () => {
    const stored = async (table: 'entry' | 'entry_revision', id: string) =>
      JSON.stringify((await t.db.query(`SELECT content FROM ${table} WHERE ${table === 'entry' ? 'id' : 'entry_id'} = $1`, [id])).rows);
    for (const table of ['entry', 'entry_revision'] as const) {
      expect(await stored(table, loserId)).not.toMatch(/Medarbejder 1|medarbejder1@firma\.example/);
      expect(await stored(table, loserId)).toContain('[anonymised]');
      expect(await stored(table, winnerId)).toContain('Medarbejder 0');
    }
    const { rows } = await t.db.query(`SELECT entry_id AS "entryId", anonymised_at AS "anonymisedAt" FROM entry_revision WHERE entry_id = ANY($1::uuid[])`, [[winnerId, loserId]]);
    expect(rows.find((r) => r.entryId === loserId).anonymisedAt).toBeInstanceOf(Date);
    expect(rows.find((r) => r.entryId === winnerId).anonymisedAt).toBeNull();
    const recorded = await t.db.query(`SELECT redacted_paths AS paths FROM entry_retention WHERE entry_id = $1`, [loserId]);
    expect(recorded.rows[0].paths).toEqual(['solution.teamMembers.0.name', 'solution.teamMembers.0.email']);
  });

  it('still refuses any other change to a revision, anonymised or not', async () => {
    await expect(t.db.query(`UPDATE entry_revision SET receipt_hash = repeat('0', 64) WHERE entry_id = $1`, [loserId])).rejects.toThrow(/cannot be changed/);
    await expect(t.db.query(`UPDATE entry_revision SET anonymised_at = NULL WHERE entry_id = $1`, [loserId])).rejects.toThrow(/cannot be changed/);
    await expect(t.db.query(`UPDATE entry_revision SET content = '{}'::jsonb WHERE entry_id = $1`, [winnerId])).rejects.toThrow(/cannot be changed/);
  });

  it('tells a receipt holder that an anonymised entry’s receipt was issued but can no longer be recomputed', async () => {
    const { rows } = await t.db.query(`SELECT receipt FROM entry_revision WHERE entry_id = $1`, [loserId]);
    const check = await organiser.client.post('/api/receipts/verify', { receipt: rows[0].receipt });
    expect(check.body).toMatchObject({ valid: false, code: 'receipt.anonymised', issued: true });
    const forged = await organiser.client.post('/api/receipts/verify', { receipt: { ...rows[0].receipt, hash: 'f'.repeat(64) } });
    expect(forged.body.valid).toBe(false);
    expect(forged.body.code).not.toBe('receipt.anonymised');
  });

  it('no longer offers earlier archives, which held the deleted documents', async () => {
    expect((await download(`/api/exports/${earlierExportId}/files/archive.zip`)).status).toBe(404);
    const listed = (await organiser.client.get(`/api/exports/${earlierExportId}`)).body;
    expect(listed.files.map((f: { name: string }) => f.name)).not.toContain('archive.zip');
  });

  it('exports the anonymised entry without personal data or documents, and the archive still verifies', async () => {
    const later = await exportNow();
    expect(later.status).toBe('done');
    const bytes = (await download(`/api/exports/${later.id}/files/archive.zip`)).bytes;
    const archive = readArchive(bytes);
    const submission = new TextDecoder().decode(archive.get(`entries/${loserId}/submission.json`));
    expect(submission).not.toContain('Medarbejder 1');
    expect(submission).not.toContain('medarbejder1@firma.example');
    expect(submission).toContain('[anonymised]');
    expect([...archive.keys()].filter((p) => p.startsWith(`entries/${loserId}/documents/`))).toEqual([]);
    expect([...archive.keys()]).toContain(`entries/${winnerId}/documents/bilag.pdf`);
    expect(new TextDecoder().decode(archive.get('sheets/entries.csv'))).not.toContain('kontakt1@firma.example');
    const result = await verifyExportArchive(bytes);
    expect(result.valid).toBe(true);
    expect(result.receipts?.results.find((r) => r.entryId === loserId)?.reason).toMatch(/anonymised/);
  });
});
