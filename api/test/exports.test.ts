import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MANIFEST_PATH,
  buildDeterministicZip,
  manifestEntry,
  readArchive,
  serialiseManifest,
  validateOcdsReleasePackage,
  type ArchiveManifest,
} from '@fairpitch/shared/exports';
import { DEFAULT_SCREENING_LIMITS, type ScreeningInput } from '@fairpitch/shared/screening';
import { extractTexts } from '@fairpitch/shared/screening/documents';
import { Clock } from '../src/common/clock.js';
import { BuildExport } from '../src/exports/build-export.use-case.js';
import { ExportSnapshotService } from '../src/exports/snapshot/export-snapshot.service.js';
import { FixedJudgingExportSource } from '../src/exports/testing/fixed-judging-source.js';
import { verifyExportArchive } from '../src/exports/verify/verify-export-archive.js';
import { createPublished, evaluationMethod, openPhases } from './support/challenge-fixtures.js';
import { completeEntryContent, draftEntry, registerCompany, tinyPdf, upload } from './support/entry-fixtures.js';
import { TEST_PASSWORD, type TestUser, signedInUser } from './support/fixtures.js';
import { TestClient } from './support/http-client.js';
import { screenNow } from './support/screening-fixtures.js';
import { type TestApp, startTestApp } from './support/test-app.js';

const FILES = ['ranking.csv', 'results.xlsx', 'evaluation-report.pdf', 'ocds-release-package.json', 'archive.zip'];
const DECIDED_AT = new Date('2030-01-15T11:00:00.000Z');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function pdfText(bytes: Uint8Array): string {
  const input = { documents: [{ attachmentId: 'report', fileName: 'evaluation-report.pdf', sha256: sha256(bytes), detectedMime: 'application/pdf', bytes }], limits: DEFAULT_SCREENING_LIMITS };
  return extractTexts(input as unknown as ScreeningInput).texts.map((t) => t.text).join('\n');
}

describe('procurement exports', () => {
  let t: TestApp;
  let organiser: TestUser;
  let otherOrganiser: TestUser;
  let admin: TestUser;
  let juror: TestUser;
  let founders: TestUser[];
  let challengeId: string;
  let sealedChallengeId: string;
  let entryIds: string[];
  let judging: FixedJudgingExportSource;

  /** Downloads as the user with a session of its own, keeping the bytes (the test client reads text). */
  async function download(user: TestUser, path: string): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
    const login = await fetch(`${t.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }) });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const response = await fetch(`${t.baseUrl}${path}`, { headers: { cookie } });
    return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  /** Starts an export as the organiser and builds it in-process, as the worker would. */
  async function exportNow(options: Record<string, unknown> = {}, user = organiser): Promise<{ id: string; status: string; files: { name: string; sha256: string; size: number }[]; error: string | null; draft: boolean }> {
    const started = await user.client.post(`/api/challenges/${challengeId}/exports`, options);
    expect(started.status).toBe(202);
    await t.app.get(BuildExport).execute(started.body.id);
    return (await user.client.get(`/api/exports/${started.body.id}`)).body;
  }

  async function files(exportId: string): Promise<Record<string, Uint8Array>> {
    const result: Record<string, Uint8Array> = {};
    for (const name of FILES) {
      const response = await download(organiser, `/api/exports/${exportId}/files/${name}`);
      expect(response.status).toBe(200);
      result[name] = response.bytes;
    }
    return result;
  }

  /** The public OCDS address, fetched without a session and asking for HTML first, as a browser following the link does. */
  async function fetchPublishedOcds(id = challengeId): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
    const response = await fetch(`${t.baseUrl}/api/challenges/${id}/ocds-release-package.json`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'accept-language': 'en' } });
    return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
  }
  const errorCode = (bytes: Uint8Array) => (JSON.parse(new TextDecoder().decode(bytes)) as { code: string }).code;

  beforeAll(async () => {
    // The web app is served too, so a public API route that its fallback swallowed would answer index.html.
    const web = await mkdtemp(join(tmpdir(), 'fairpitch-web-'));
    await writeFile(join(web, 'index.html'), '<!doctype html><title>Fairpitch</title>');
    t = await startTestApp({ WEB_DIST_DIR: web });
    organiser = await signedInUser(t, 'staff', 'organiser');
    otherOrganiser = await signedInUser(t, 'staff', 'other');
    admin = await signedInUser(t, 'admin', 'admin');
    juror = await signedInUser(t, null, 'juror');
    founders = [await signedInUser(t, null, 'alpha'), await signedInUser(t, null, 'beta'), await signedInUser(t, null, 'gamma')];
    await registerCompany(founders[0]!.client, 'Alfa Analyse ApS');
    await registerCompany(founders[1]!.client, 'Beta Borgerdata A/S');
    await registerCompany(founders[2]!.client, 'Gamma Grøn IVS');
    const phases = openPhases();
    const deadline = new Date(phases[2]!.endsAt).getTime();
    challengeId = await createPublished(organiser.client, {
      phases,
      leadsToPurchase: true,
      evaluationMethod: evaluationMethod({
        criteria: [
          { id: 'quality', title: { da: 'Kvalitet', en: 'Quality' }, weight: 40, threshold: 3 },
          { id: 'feasibility', title: { da: 'Gennemførlighed', en: 'Feasibility' }, weight: 20 },
          { id: 'value', title: { da: 'Værdi for borgerne', en: 'Value for citizens' }, weight: 10 },
        ],
        priceWeight: 20,
        priceModel: { kind: 'absolute', referencePrice: 500000, maxPrice: 1500000 },
      }),
    });
    sealedChallengeId = await createPublished(organiser.client, { phases: openPhases() });
    await otherOrganiser.client.post('/api/challenges', {});
    await t.db.query(`INSERT INTO challenge_member (challenge_id, user_id, role) VALUES ($1, $2, 'juror')`, [challengeId, juror.id]);

    entryIds = [];
    for (const [i, founder] of founders.entries()) {
      const { id } = await draftEntry(founder.client, challengeId, completeEntryContent({
        solution: { title: `Løsning ${i + 1}`, summary: 'Sorterer høringssvar.', description: 'Sprogmodel i EU.', trl: 6, teamMembers: [{ name: `Person ${i + 1}`, role: 'CEO', email: `person${i + 1}@firma.example` }] },
      }));
      expect((await upload(founder.client, id, 'bilag.pdf', tinyPdf(`bilag ${i + 1}`), 'application/pdf')).status).toBe(201);
      expect((await founder.client.post(`/api/entries/${id}/submit`)).status).toBe(201);
      entryIds.push(id);
    }
    expect((await founders[2]!.client.post(`/api/entries/${entryIds[2]}/withdraw`)).status).toBe(200);
    t.app.get(Clock).freezeAt(new Date(deadline + 1000));
    expect((await organiser.client.post(`/api/challenges/${challengeId}/entries/open`)).status).toBe(200);
    for (const id of entryIds.slice(0, 2)) await screenNow(t, id);
    expect((await organiser.client.post(`/api/challenges/${challengeId}/transitions`, { to: 'evaluation' })).status).toBe(200);
  });
  afterAll(async () => {
    t.app.get(Clock).freezeAt(null);
    await t.close();
  });

  function bindJudging(overrides: Partial<ConstructorParameters<typeof FixedJudgingExportSource>[0]> = {}) {
    judging = new FixedJudgingExportSource({
      rankedEntryIds: entryIds.slice(0, 2),
      criterionIds: ['quality', 'feasibility', 'value'],
      extraCriterionIds: ['screening-security', 'screening-data-protection', 'price'],
      decidedAt: null,
      ...overrides,
    });
    t.app.get(ExportSnapshotService).useJudgingSource(judging);
  }

  describe('who may export', () => {
    it('refuses anonymous callers, participants, jurors and organisers of other challenges', async () => {
      expect((await new TestClient(t.baseUrl).post(`/api/challenges/${challengeId}/exports`, {})).status).toBe(401);
      expect((await founders[0]!.client.post(`/api/challenges/${challengeId}/exports`, {})).status).toBe(403);
      expect((await juror.client.post(`/api/challenges/${challengeId}/exports`, {})).status).toBe(403);
      const other = await otherOrganiser.client.post(`/api/challenges/${challengeId}/exports`, {});
      expect(other.status).toBe(403);
      expect(other.body.code).toBe('challenge.organiser_required');
      expect((await juror.client.get(`/api/challenges/${challengeId}/exports`)).status).toBe(403);
    });

    it('validates the options and says which field is wrong', async () => {
      const response = await organiser.client.post(`/api/challenges/${challengeId}/exports`, { separator: '|', colour: 'red' });
      expect(response.status).toBe(400);
      expect(response.body.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['separator']));
    });

    it('refuses to export while the entries are still sealed', async () => {
      const response = await organiser.client.post(`/api/challenges/${sealedChallengeId}/exports`, {});
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('export.entries-sealed');
    });

    it('lets the organiser and an admin start one, and hides it from everyone else', async () => {
      bindJudging();
      const mine = await organiser.client.post(`/api/challenges/${challengeId}/exports`, {});
      const admins = await admin.client.post(`/api/challenges/${challengeId}/exports`, { language: 'en' });
      expect(mine.status).toBe(202);
      expect(admins.status).toBe(202);
      expect(mine.body).toEqual({ id: expect.any(String) });
      await t.app.get(BuildExport).execute(mine.body.id);
      for (const user of [founders[0]!, juror, otherOrganiser]) {
        expect((await user.client.get(`/api/exports/${mine.body.id}`)).status).toBe(404);
        expect((await download(user, `/api/exports/${mine.body.id}/files/ranking.csv`)).status).toBe(404);
      }
      expect((await new TestClient(t.baseUrl).get(`/api/exports/${mine.body.id}`)).status).toBe(401);
      expect((await admin.client.get(`/api/exports/${mine.body.id}`)).body.status).toBe('done');
      expect((await download(admin, `/api/exports/${mine.body.id}/files/ranking.csv`)).status).toBe(200);
      const listed = await organiser.client.get(`/api/challenges/${challengeId}/exports`);
      expect(listed.body.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining([mine.body.id, admins.body.id]));
    });

    it('records who started and finished an export in the audit trail, with the file hashes', async () => {
      const done = await exportNow();
      const { rows } = await t.db.query(`SELECT action, data FROM audit_event WHERE subject_type = 'export' AND subject_id = $1 ORDER BY seq`, [done.id]);
      expect(rows.map((r) => r.action)).toEqual(['export.started', 'export.completed']);
      expect(rows[1].data.files).toEqual(done.files);
    });
  });

  describe('before the decision', () => {
    it('fails with a clear reason when judging data cannot be read, and offers no file', async () => {
      t.app.get(ExportSnapshotService).useJudgingSource(new (await import('../src/exports/judging-export-source.js')).UnavailableJudgingExportSource());
      try {
        const failed = await exportNow({ language: 'en' });
        expect(failed).toMatchObject({ status: 'failed', files: [] });
        expect(failed.error).toMatch(/judging data/);
        expect((await download(organiser, `/api/exports/${failed.id}/files/ranking.csv`)).status).toBe(409);
      } finally {
        bindJudging();
      }
    });

    it('marks every sheet and every page DRAFT', async () => {
      const done = await exportNow({ language: 'en' });
      expect(done).toMatchObject({ status: 'done', draft: true });
      const bytes = await files(done.id);
      expect(new TextDecoder().decode(bytes['ranking.csv']).split('\r\n')[1]).toMatch(/^DRAFT/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes['results.xlsx']!));
      expect(workbook.worksheets).toHaveLength(8);
      for (const sheet of workbook.worksheets) expect(String(sheet.getRow(2).getCell(1).value)).toMatch(/^DRAFT/);
      const text = pdfText(bytes['evaluation-report.pdf']!);
      const pages = text.split(/Page \d+/).length - 1;
      expect(pages).toBeGreaterThan(0);
      expect(text.match(/DRAFT – the challenge is not decided/g)?.length).toBe(pages);
    });

    it('publishes no OCDS package while the challenge has only draft exports, not even to its organiser', async () => {
      const listed = (await organiser.client.get(`/api/challenges/${challengeId}/exports`)).body as { status: string; draft: boolean }[];
      expect(listed.some((e) => e.status === 'done' && e.draft)).toBe(true);
      expect(listed.some((e) => !e.draft)).toBe(false);
      const anonymous = await fetchPublishedOcds();
      expect(anonymous.status).toBe(404);
      expect(errorCode(anonymous.bytes)).toBe('export.ocds-not-published');
      expect((await download(organiser, `/api/challenges/${challengeId}/ocds-release-package.json`)).status).toBe(404);
    });

    it('answers 404 for the OCDS package of a challenge that does not exist', async () => {
      const unknown = await fetchPublishedOcds(randomUUID());
      expect(unknown.status).toBe(404);
      expect(errorCode(unknown.bytes)).toBe('challenge.not_found');
    });
  });

  describe('after the decision', () => {
    let first: Awaited<ReturnType<typeof exportNow>>;
    let second: Awaited<ReturnType<typeof exportNow>>;
    let bytes: Record<string, Uint8Array>;
    beforeAll(async () => {
      t.app.get(Clock).freezeAt(DECIDED_AT);
      expect((await organiser.client.post(`/api/challenges/${challengeId}/transitions`, { to: 'decided' })).status).toBe(200);
      bindJudging({ decidedAt: DECIDED_AT.toISOString() });
      first = await exportNow();
      t.app.get(Clock).freezeAt(new Date(DECIDED_AT.getTime() + 86_400_000));
      await new Promise((resolve) => setTimeout(resolve, 2100)); // past the 2-second grain of ZIP times
      second = await exportNow();
      bytes = await files(first.id);
    });

    it('offers exactly the five files, none marked DRAFT', async () => {
      expect(first).toMatchObject({ status: 'done', progress: 100, draft: false, error: null });
      expect(first.files.map((f) => f.name)).toEqual(FILES);
      for (const file of first.files) expect(sha256(bytes[file.name]!)).toBe(file.sha256);
      expect(new TextDecoder().decode(bytes['ranking.csv'])).not.toMatch(/UDKAST/);
    });

    it('gives byte-identical files when the same decided challenge is exported again', async () => {
      expect(second.files).toEqual(first.files);
      const again = await files(second.id);
      for (const name of FILES) expect(sha256(again[name]!), name).toBe(sha256(bytes[name]!));
    });

    it('publishes the decided OCDS package to anyone at the URI it names, byte for byte the organiser’s file', async () => {
      const uri = new URL(JSON.parse(new TextDecoder().decode(bytes['ocds-release-package.json'])).uri);
      expect(uri.toString()).toBe(`http://localhost:3000/api/challenges/${challengeId}/ocds-release-package.json`);
      const published = await fetchPublishedOcds();
      expect(published.status).toBe(200);
      expect(published.headers.get('content-type')).toMatch(/^application\/json\b/);
      expect(published.headers.get('x-content-type-options')).toBe('nosniff');
      expect(published.headers.get('access-control-allow-origin')).toBe('*');
      const organisers = await download(organiser, `/api/exports/${second.id}/files/ocds-release-package.json`);
      expect(sha256(published.bytes)).toBe(sha256(organisers.bytes));
      expect(sha256(published.bytes)).toBe(second.files.find((f) => f.name === 'ocds-release-package.json')!.sha256);
    });

    it('serves each file as an attachment with its type and no sniffing', async () => {
      const pdf = await download(organiser, `/api/exports/${first.id}/files/evaluation-report.pdf`);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="evaluation-report.pdf"');
      expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await download(organiser, `/api/exports/${first.id}/files/archive.zip`)).headers.get('content-type')).toBe('application/zip');
      expect((await download(organiser, `/api/exports/${first.id}/files/secrets.txt`)).status).toBe(404);
    });

    it('writes a ranking CSV with a BOM and semicolons for Danish Excel', () => {
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes['ranking.csv']);
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const [header, winner] = text.slice(1).split('\r\n');
      expect(header).toBe('Placering;Delt placering;Bidrag;Virksomhed;Land;Samlet score (0–100);Under minimum;Tildelt');
      expect(winner).toMatch(/^1;Nej;Bidrag \d;(Alfa Analyse ApS|Beta Borgerdata A\/S);DK;8,500;Nej;Ja$/);
    });

    it('reads the XLSX back with the same ranking', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes['results.xlsx']!));
      const sheet = workbook.getWorksheet('Rangering')!;
      const ranking = await judging.ranking();
      const labels = new Map((await organiser.client.get(`/api/challenges/${challengeId}/entries`)).body.map((e: { id: string; label: number }) => [e.id, `Bidrag ${e.label}`]));
      const rows = sheet.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1, 7));
      expect(rows).toEqual(ranking.map((r) => [r.rank, 'Nej', labels.get(r.entryId), expect.any(String), 'DK', r.total]));
      expect(workbook.created.toISOString()).toBe(DECIDED_AT.toISOString());
    });

    it('has a report whose text names every entry with its rank, and the method hash', async () => {
      const text = pdfText(bytes['evaluation-report.pdf']!);
      const challenge = (await organiser.client.get(`/api/challenges/${challengeId}`)).body;
      expect(text).toContain(challenge.methodHash);
      const entries = (await organiser.client.get(`/api/challenges/${challengeId}/entries`)).body as { id: string; label: number }[];
      for (const row of await judging.ranking()) {
        const label = entries.find((e) => e.id === row.entryId)!.label;
        expect(text).toMatch(new RegExp(`Placering ${row.rank}: Bidrag ${label} – `));
      }
      expect(text).toContain('Trukket tilbage');
      expect(text).toMatch(/Side 1/);
      expect(text).toContain('Bidrag med højeste samlede score');
      // Jurors are pseudonymised unless the organiser decides otherwise.
      expect(text).toContain('Juror A');
      expect(text).not.toContain('Anna Andersen');
    });

    it('publishes an OCDS package that the official schemas accept, naming the award', () => {
      const ocds = JSON.parse(new TextDecoder().decode(bytes['ocds-release-package.json']));
      expect(validateOcdsReleasePackage(ocds)).toEqual({ valid: true, errors: [] });
      expect(ocds.releases[0].tag).toEqual(['award']);
      expect(ocds.releases[0].awards[0].relatedBids).toHaveLength(1);
      expect(ocds.releases[0].date).toBe('2030-01-15T11:00:00Z');
      expect(JSON.stringify(ocds)).not.toContain('person1@firma.example');
    });

    it('refuses an OCDS package that breaks the schema, with the reason, and offers no files', async () => {
      const ocds = JSON.parse(new TextDecoder().decode(bytes['ocds-release-package.json']));
      ocds.releases[0].awards[0].value.currency = 'ZZZ';
      const result = validateOcdsReleasePackage(ocds);
      expect(result.valid).toBe(false);
      expect(result.errors.map((e) => e.path)).toContain('/releases/0/awards/0/value/currency');

      bindJudging({ decidedAt: DECIDED_AT.toISOString(), awardCurrency: 'ZZZ' });
      try {
        const failed = await exportNow({ language: 'en' });
        expect(failed).toMatchObject({ status: 'failed', files: [] });
        expect(failed.error).toContain('/releases/0/awards/0/value/currency');
      } finally {
        bindJudging({ decidedAt: DECIDED_AT.toISOString() });
      }
    });

    it('builds an archive whose manifest, receipts and audit chain verify', async () => {
      const result = await verifyExportArchive(bytes['archive.zip']!);
      expect(result).toMatchObject({ valid: true, missing: [], extra: [], mismatched: [], problems: [] });
      expect(result.receipts?.results.map((r) => r.valid)).toEqual([true, true, true]);
      expect(result.auditChain).toEqual({ valid: true });
      const archive = readArchive(bytes['archive.zip']!);
      const paths = [...archive.keys()];
      for (const name of ['results.xlsx', 'evaluation-report.pdf', 'ocds-release-package.json', 'audit/audit-log.jsonl', 'audit/chain-verification.json', 'sheets/ranking.csv', 'manifest.json']) {
        expect(paths).toContain(name);
      }
      for (const id of entryIds) {
        expect(paths).toEqual(expect.arrayContaining([`entries/${id}/receipt.json`, `entries/${id}/submission.json`, `entries/${id}/documents/bilag.pdf`]));
      }
      expect(paths).toEqual(expect.arrayContaining(entryIds.slice(0, 2).map((id) => `screening/${id}.json`)));
      // Contact persons only in the internal archive: the entries sheet there carries them.
      const audit = new TextDecoder().decode(archive.get('audit/audit-log.jsonl'));
      expect(audit).toContain('"challenge.status_changed"');
      expect(audit).not.toContain('export.started');
    });

    it('detects a tampered file, and a forged submission even with a recomputed manifest', async () => {
      const archive = new Map(readArchive(bytes['archive.zip']!));
      const path = `entries/${entryIds[0]}/submission.json`;
      const forged = JSON.parse(new TextDecoder().decode(archive.get(path)));
      forged.offer.price = 1;
      archive.set(path, new TextEncoder().encode(JSON.stringify(forged)));
      const files = [...archive].map(([p, b]) => ({ path: p, bytes: b }));
      const tampered = await verifyExportArchive(buildDeterministicZip(files, DECIDED_AT.toISOString()));
      expect(tampered.valid).toBe(false);
      expect(tampered.mismatched.map((m) => m.path)).toEqual([path]);

      const manifest = JSON.parse(new TextDecoder().decode(archive.get(MANIFEST_PATH))) as ArchiveManifest;
      manifest.files = manifest.files.map((f) => (f.path === path ? manifestEntry({ path, bytes: archive.get(path)! }) : f));
      archive.set(MANIFEST_PATH, serialiseManifest(manifest));
      const consistent = await verifyExportArchive(buildDeterministicZip([...archive].map(([p, b]) => ({ path: p, bytes: b })), DECIDED_AT.toISOString()));
      expect(consistent.mismatched).toEqual([]);
      expect(consistent.valid).toBe(false);
      expect(consistent.receipts?.results.find((r) => r.entryId === entryIds[0])).toMatchObject({ valid: false, reason: expect.stringMatching(/receipt hash/) });
    });

    it('verifies an uploaded archive for municipal staff only', async () => {
      const form = () => {
        const body = new FormData();
        body.append('file', new Blob([bytes['archive.zip']!], { type: 'application/zip' }), 'archive.zip');
        return body;
      };
      const ok = await organiser.client.request('POST', '/api/exports/verify', { body: form() });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ valid: true, mismatched: [] });
      expect((await founders[0]!.client.request('POST', '/api/exports/verify', { body: form() })).status).toBe(403);
      const broken = new Uint8Array(bytes['archive.zip']!);
      broken[100] = broken[100]! ^ 0xff;
      const body = new FormData();
      body.append('file', new Blob([broken], { type: 'application/zip' }), 'archive.zip');
      expect((await admin.client.request('POST', '/api/exports/verify', { body })).body.valid).toBe(false);
    });

    it('verifies an archive from the command line and exits non-zero when it was tampered with', async () => {
      const cli = join(dirname(fileURLToPath(import.meta.url)), '../dist/exports/cli/verify-archive.js');
      const dir = await mkdtemp(join(tmpdir(), 'fairpitch-export-'));
      const good = join(dir, 'archive.zip');
      await writeFile(good, bytes['archive.zip']!);
      const run = promisify(execFile);
      const { stdout } = await run(process.execPath, [cli, good]);
      expect(JSON.parse(stdout)).toMatchObject({ valid: true });
      const bad = join(dir, 'tampered.zip');
      const archive = new Map(readArchive(bytes['archive.zip']!));
      archive.set('sheets/ranking.csv', new TextEncoder().encode('forged'));
      await writeFile(bad, buildDeterministicZip([...archive].map(([p, b]) => ({ path: p, bytes: b })), DECIDED_AT.toISOString()));
      await expect(run(process.execPath, [cli, bad])).rejects.toMatchObject({ code: 1 });
    });

    it('shows jurors by name only when the organiser decides so', async () => {
      const disclosed = await exportNow({ jurorsDisclosed: true, language: 'en' });
      const text = pdfText((await files(disclosed.id))['evaluation-report.pdf']!);
      expect(text).toContain('Anna Andersen');
    });

    it('publishes the newest decided export’s OCDS package, and none once that file is removed', async () => {
      t.app.get(Clock).freezeAt(new Date(DECIDED_AT.getTime() + 2 * 86_400_000));
      const newest = await exportNow({ language: 'en' });
      expect(newest).toMatchObject({ status: 'done', draft: false });
      const newestOcds = newest.files.find((f) => f.name === 'ocds-release-package.json')!.sha256;
      expect(newestOcds).not.toBe(sha256(bytes['ocds-release-package.json']!));
      expect(sha256((await fetchPublishedOcds()).bytes)).toBe(newestOcds);

      await t.db.query(`UPDATE export_file SET removed_at = now() WHERE export_id = $1 AND name = 'ocds-release-package.json'`, [newest.id]);
      try {
        const removed = await fetchPublishedOcds();
        expect(removed.status).toBe(404);
        expect(errorCode(removed.bytes)).toBe('export.ocds-not-published');
      } finally {
        await t.db.query(`UPDATE export_file SET removed_at = NULL WHERE export_id = $1`, [newest.id]);
      }
    });
  });
});
