import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive, validateOcdsReleasePackage } from '@fairpitch/shared/exports';
import { DEFAULT_SCREENING_LIMITS, type ScreeningInput } from '@fairpitch/shared/screening';
import { extractTexts } from '@fairpitch/shared/screening/documents';
import { Clock } from '../src/common/clock.js';
import { BuildExport } from '../src/exports/build-export.use-case.js';
import { JuryDecision } from '../src/judging/jury-decision.service.js';
import { completeEntryContent } from './support/entry-fixtures.js';
import { TEST_PASSWORD, type TestUser, signedInUser } from './support/fixtures.js';
import { type Participant, declare, fullReview, makeJurors, namedUser, openChallenge, participate, pricedMethod } from './support/judging-fixtures.js';
import { screenNow } from './support/screening-fixtures.js';
import { type TestApp, startTestApp } from './support/test-app.js';

// The whole story with the real services, in order: publication, three entries (one from a
// Swedish firm), the deadline, screening, conflicts, a seeded draw, scores, a consensus, the
// decision and its export, read back file by file. Nothing of judging is stubbed.

const FILES = ['ranking.csv', 'results.xlsx', 'evaluation-report.pdf', 'ocds-release-package.json', 'archive.zip'] as const;
const DAY = 86_400_000;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function pdfText(bytes: Uint8Array): string {
  const input = { documents: [{ attachmentId: 'report', fileName: 'evaluation-report.pdf', sha256: sha256(bytes), detectedMime: 'application/pdf', bytes }], limits: DEFAULT_SCREENING_LIMITS };
  return extractTexts(input as unknown as ScreeningInput).texts.map((t) => t.text).join('\n');
}

/** The ranking rows of a ranking CSV (Danish: BOM, semicolons, decimal commas), DRAFT notice skipped. */
function rankingCsvRows(bytes: Uint8Array): { rank: number; tied: string; entry: string; company: string; country: string; total: string; below: string; awarded: string }[] {
  const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Placering;Delt placering;Bidrag;Virksomhed;Land;Samlet score (0–100);Under minimum;Tildelt');
  return lines
    .filter((line) => /^\d+;/.test(line))
    .map((line) => {
      const [rank, tied, entry, company, country, total, below, awarded] = line.split(';') as string[];
      return { rank: Number(rank), tied: tied!, entry: entry!, company: company!, country: country!, total: total!, below: below!, awarded: awarded! };
    });
}

/** A Swedish company (no CVR number) that submits a complete entry. */
async function foreignParticipant(t: TestApp, challengeId: string): Promise<Participant> {
  const founder = await namedUser(t, 'Astrid Lindqvist', 'astrid@nordvikdata.se');
  const company = await founder.client.post('/api/companies', {
    name: 'Nordvik Data AB',
    country: 'SE',
    registrationNumber: '556677-8899',
    sizeClass: 'medium',
    contactPerson: { name: 'Björn Ek', email: 'kontakt@nordvikdata.se' },
  });
  expect(company.status).toBe(201);
  const created = await founder.client.post(`/api/challenges/${challengeId}/entries`, { companyId: company.body.id });
  expect(created.status).toBe(201);
  const content = completeEntryContent({ offer: { price: 450000, currency: 'DKK', pricingModel: 'yearly', totalContractCost: 1350000 } });
  expect((await founder.client.patch(`/api/entries/${created.body.id}`, { version: created.body.version, content })).status).toBe(200);
  expect((await founder.client.post(`/api/entries/${created.body.id}/submit`)).status).toBe(201);
  return {
    companyId: company.body.id,
    name: 'Nordvik Data AB',
    cvr: '',
    domain: 'nordvikdata.se',
    founder,
    founderName: 'Astrid Lindqvist',
    contactName: 'Björn Ek',
    teamMember: 'Sofie Startup',
    entryId: created.body.id,
  };
}

interface ExportView {
  id: string;
  status: string;
  draft: boolean;
  error: string | null;
  files: { name: string; sha256: string; size: number }[];
}

describe('a blind challenge from publication to a decided export that verifies and reproduces', () => {
  let t: TestApp;
  let organiser: TestUser;
  let jurors: TestUser[];
  let challengeId: string;
  let deadline: Date;
  let decidedAt: Date;
  let fjordlys: Participant;
  let nordvik: Participant;
  let solstrand: Participant;
  let labels: Map<string, string>;
  let panels: Map<string, string[]>;

  /** Downloads with a session of the user's own, keeping the bytes (the test client reads text). */
  async function download(user: TestUser, path: string): Promise<Uint8Array> {
    const login = await fetch(`${t.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }) });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const response = await fetch(`${t.baseUrl}${path}`, { headers: { cookie } });
    expect(response.status, path).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  }

  /** The organiser starts an export; with no worker running, the build runs here through the same use case the worker's processor calls. */
  async function exportNow(): Promise<{ view: ExportView; files: Record<string, Uint8Array> }> {
    const started = await organiser.client.post(`/api/challenges/${challengeId}/exports`, {});
    expect(started.status).toBe(202);
    expect(await t.app.get(BuildExport).execute(started.body.id)).toBe('done');
    const view = (await organiser.client.get(`/api/exports/${started.body.id}`)).body as ExportView;
    const files: Record<string, Uint8Array> = {};
    for (const name of FILES) files[name] = await download(organiser, `/api/exports/${view.id}/files/${name}`);
    return { view, files };
  }

  async function ranking() {
    const response = await organiser.client.get(`/api/challenges/${challengeId}/ranking`);
    expect(response.status).toBe(200);
    return response.body as { final: boolean; methodHash: string; entries: { entryId: string; rank: number; tied: boolean; total: number; belowThreshold: boolean }[] };
  }

  function expectCsvToMatch(rows: ReturnType<typeof rankingCsvRows>, ranked: Awaited<ReturnType<typeof ranking>>['entries'], winners: string[] = []) {
    expect(rows).toHaveLength(ranked.length);
    for (const entry of ranked) {
      const row = rows.find((r) => r.entry === labels.get(entry.entryId));
      expect(row, entry.entryId).toBeDefined();
      expect(row).toMatchObject({
        rank: entry.rank,
        tied: entry.tied ? 'Ja' : 'Nej',
        total: entry.total.toFixed(3).replace('.', ','),
        below: entry.belowThreshold ? 'Ja' : 'Nej',
        awarded: winners.includes(entry.entryId) ? 'Ja' : 'Nej',
      });
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    jurors = [
      await namedUser(t, 'Karen Juul', 'karen.juul@kommune.example'),
      await namedUser(t, 'Lars Lund', 'lars.lund@kommune.example'),
      await namedUser(t, 'Mette Mose', 'mette.mose@ekspert.example'),
    ];
    const opened = await openChallenge(organiser, { blindReview: true, leadsToPurchase: true, evaluationMethod: pricedMethod() });
    challengeId = opened.challengeId;
    deadline = opened.deadline;
    decidedAt = new Date(Math.ceil((deadline.getTime() + 10 * DAY) / 1000) * 1000);
    fjordlys = await participate(t, challengeId, { name: 'Fjordlys Analytics ApS', domain: 'fjordlys-analytics.dk', founderName: 'Vibeke Kildegaard', contactName: 'Mads Lindholm', teamMember: 'Sune Bakkegaard', price: 380000 });
    nordvik = await foreignParticipant(t, challengeId);
    solstrand = await participate(t, challengeId, { name: 'Solstrand Systems ApS', domain: 'solstrand.dk', founderName: 'Ingrid Vestergaard', contactName: 'Ulrik Bech', teamMember: 'Yrsa Kjær', price: 900000 });

    // The deadline passes; the clock stays frozen from here on.
    t.app.get(Clock).freezeAt(new Date(deadline.getTime() + 1000));
    expect((await organiser.client.post(`/api/challenges/${challengeId}/entries/open`)).status).toBe(200);
    for (const p of [fjordlys, nordvik, solstrand]) await screenNow(t, p.entryId);
    const entries = (await organiser.client.get(`/api/challenges/${challengeId}/entries`)).body as { id: string; label: number }[];
    labels = new Map(entries.map((e) => [e.id, `Bidrag ${e.label}`]));
    expect(labels.size).toBe(3);
  });
  afterAll(async () => {
    t.app.get(Clock).freezeAt(null);
    await t.close();
  });

  it('draws the panel with a seed around the one conflict a juror declared', async () => {
    await makeJurors(organiser, challengeId, jurors);
    expect((await organiser.client.patch(`/api/challenges/${challengeId}/jury`, { chairId: jurors[0]!.id, perEntry: 2 })).status).toBe(200);
    await declare(jurors[0]!, challengeId);
    await declare(jurors[1]!, challengeId, { [nordvik.companyId]: 'employment' });
    await declare(jurors[2]!, challengeId);
    const assigned = await organiser.client.post(`/api/challenges/${challengeId}/jury/assign`, { seed: 'udbud-2030-07', perEntry: 2 });
    expect(assigned.status).toBe(200);
    panels = new Map(assigned.body.assignments.map((a: { entryId: string; jurorIds: string[] }) => [a.entryId, a.jurorIds]));
    expect([...panels.keys()].sort()).toEqual([fjordlys.entryId, nordvik.entryId, solstrand.entryId].sort());
    expect(panels.get(nordvik.entryId)!.sort()).toEqual([jurors[0]!.id, jurors[2]!.id].sort());
  });

  it('takes every juror’s justified scores and the chair’s consensus on the flagged entry', async () => {
    // Per entry: the first and the second juror of its panel.
    const scores: Record<string, [Record<string, number>, Record<string, number>]> = {
      [fjordlys.entryId]: [
        { quality: 9, feasibility: 8, value: 7 },
        { quality: 3, feasibility: 8, value: 7 },
      ],
      [nordvik.entryId]: [
        { quality: 6, feasibility: 6, value: 6 },
        { quality: 6, feasibility: 7, value: 6 },
      ],
      [solstrand.entryId]: [
        { quality: 4, feasibility: 5, value: 4 },
        { quality: 4, feasibility: 5, value: 5 },
      ],
    };
    for (const [entryId, panel] of panels) {
      for (const [i, jurorId] of panel.entries()) {
        const juror = jurors.find((j) => j.id === jurorId)!;
        const saved = await juror.client.put(`/api/jury/reviews/${entryId}`, fullReview(scores[entryId]![i]!));
        expect(saved.status, saved.text).toBe(200);
        expect(saved.body.status).toBe('submitted');
      }
    }
    const chair = jurors[0]!;
    const list = await chair.client.get(`/api/challenges/${challengeId}/jury/consensus`);
    const flagged = list.body.entries.find((e: { entryId: string }) => e.entryId === fjordlys.entryId);
    expect(flagged.criteria.find((c: { criterionId: string }) => c.criterionId === 'quality')).toMatchObject({ flagged: true, needsConsensus: true });
    const consensus = await chair.client.post(`/api/challenges/${challengeId}/jury/consensus/${fjordlys.entryId}`, {
      scores: [{ criterionId: 'quality', value: 7, justification: 'The panel agreed the model is sound but not yet proven at this scale.' }],
    });
    expect(consensus.status, consensus.text).toBe(200);
  });

  it('exports a DRAFT before the decision with the ranking as it stands', async () => {
    const { view, files } = await exportNow();
    expect(view).toMatchObject({ status: 'done', draft: true, error: null });
    const live = await ranking();
    expect(live.final).toBe(false);
    expect(new TextDecoder().decode(files['ranking.csv']).split('\r\n')[1]).toMatch(/^UDKAST/);
    expectCsvToMatch(rankingCsvRows(files['ranking.csv']!), live.entries);
    expect(JSON.parse(new TextDecoder().decode(files['ocds-release-package.json'])).releases[0].awards ?? []).toEqual([]);
    // A draft is never published: its package's own address answers 404 to the public.
    const uri = new URL(JSON.parse(new TextDecoder().decode(files['ocds-release-package.json'])).uri);
    expect((await fetch(`${t.baseUrl}${uri.pathname}`)).status).toBe(404);
  });

  it('decides: the winner passes every threshold and gets the award', async () => {
    t.app.get(Clock).freezeAt(decidedAt);
    const decided = await organiser.client.post(`/api/challenges/${challengeId}/decision`, {
      winners: [fjordlys.entryId],
      award: { title: 'Treårig driftskontrakt', amountDkk: 1140000 },
      reasons: 'Højeste samlede score efter den offentliggjorte metode; over alle mindstekrav.',
    });
    expect(decided.status, decided.text).toBe(201);
    expect(decided.body.decidedAt).toBe(decidedAt.toISOString());
    const final = await ranking();
    expect(final.final).toBe(true);
    expect(final.entries.find((e) => e.entryId === fjordlys.entryId)!.rank).toBe(1);
  });

  describe('the decided export', () => {
    let first: Awaited<ReturnType<typeof exportNow>>;
    let final: Awaited<ReturnType<typeof ranking>>;
    beforeAll(async () => {
      first = await exportNow();
      final = await ranking();
    });

    it('offers the five files, final, with ranks in ranking.csv exactly as the ranking endpoint gives them', () => {
      expect(first.view).toMatchObject({ status: 'done', draft: false, error: null });
      expect(first.view.files.map((f) => f.name)).toEqual([...FILES]);
      for (const file of first.view.files) expect(sha256(first.files[file.name]!)).toBe(file.sha256);
      const rows = rankingCsvRows(first.files['ranking.csv']!);
      expectCsvToMatch(rows, final.entries, [fjordlys.entryId]);
      expect(rows.find((r) => r.entry === labels.get(nordvik.entryId))).toMatchObject({ company: 'Nordvik Data AB', country: 'SE' });
    });

    it('reads of the ranking stored with the decision just what the export lists, value for value', async () => {
      const decisions = t.app.get(JuryDecision);
      const stored = (await decisions.find(challengeId))!.ranking.entries as unknown as Record<string, unknown>[];
      const picked = await decisions.findRankedEntries(challengeId);
      expect(stored.length).toBeGreaterThan(1);
      expect(picked).toEqual(
        stored.map((e) => ({
          entryId: e['entryId'],
          rank: e['rank'],
          tied: e['tied'],
          total: e['total'],
          belowThreshold: e['belowThreshold'],
          byCriterion: Object.fromEntries(Object.entries(e['byCriterion'] as Record<string, { used?: number }>).map(([id, c]) => [id, { used: c.used ?? null }])),
          screening: e['screening'] ?? null,
          pricePoints: e['pricePoints'] ?? null,
        })),
      );
      expect(await decisions.findRankedEntries('00000000-0000-4000-8000-000000000000')).toBeNull();
    });

    it('publishes an OCDS package that validates, with the award pointing at the winning bid', () => {
      const ocds = JSON.parse(new TextDecoder().decode(first.files['ocds-release-package.json']));
      expect(validateOcdsReleasePackage(ocds)).toEqual({ valid: true, errors: [] });
      const release = ocds.releases[0];
      expect(release.date).toBe(decidedAt.toISOString().replace('.000Z', 'Z'));
      expect(release.awards).toEqual([
        expect.objectContaining({ title: 'Treårig driftskontrakt', value: { amount: 1140000, currency: 'DKK' }, relatedBids: [fjordlys.entryId], status: 'pending' }),
      ]);
      const ranks = new Map(final.entries.map((e) => [e.entryId, e.rank]));
      for (const bid of release.bids.details) expect(bid.rank, bid.id).toBe(ranks.get(bid.id));
      expect(release.bids.statistics.find((s: { measure: string }) => s.measure === 'foreignBids').value).toBe(1);
      expect(JSON.stringify(ocds)).not.toContain('kontakt@nordvikdata.se');
    });

    it('publishes that package without a sign-in at the address its uri names, byte for byte', async () => {
      const uri = new URL(JSON.parse(new TextDecoder().decode(first.files['ocds-release-package.json'])).uri);
      expect(uri.pathname).toBe(`/api/challenges/${challengeId}/ocds-release-package.json`);
      const response = await fetch(`${t.baseUrl}${uri.pathname}`);
      expect(response.status).toBe(200);
      expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(first.files['ocds-release-package.json']!));
    });

    it('writes a report naming every entry with its rank and the method hash, jurors under pseudonyms', async () => {
      const text = pdfText(first.files['evaluation-report.pdf']!);
      const challenge = (await organiser.client.get(`/api/challenges/${challengeId}`)).body;
      expect(challenge.methodHash).toMatch(/^[0-9a-f]{64}$/);
      expect(text).toContain(challenge.methodHash);
      for (const entry of final.entries) expect(text).toMatch(new RegExp(`Placering ${entry.rank}: ${labels.get(entry.entryId)} – `));
      expect(text).toContain('Højeste samlede score efter den offentliggjorte metode');
      expect(text).toContain('Samlet score (0–100)'); // how the totals are computed, so they can be recomputed
      expect(text).toContain('Juror A');
      for (const name of ['Karen Juul', 'Lars Lund', 'Mette Mose']) expect(text).not.toContain(name);
    });

    it('keeps every review, the consensus and the conflict in the archive’s sheets', () => {
      const archive = readArchive(first.files['archive.zip']!);
      const sheet = (name: string) => new TextDecoder().decode(archive.get(`sheets/${name}`)).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
      const reviews = sheet('scores-by-juror.csv').slice(1);
      // Six submitted reviews of three criteria each, and one consensus score.
      expect(reviews.filter((r) => r.includes(';Individuel;'))).toHaveLength(18);
      expect(reviews.filter((r) => r.includes(';Konsensus;'))).toEqual([expect.stringContaining('The panel agreed the model is sound')]);
      expect(reviews.every((r) => /;Juror [ABC];|;Konsensus;Konsensus;/.test(r))).toBe(true);
      const conflicts = sheet('conflicts-of-interest.csv').slice(1);
      // Declared before the draw, so the juror was never put on the entry: recused, at once.
      const declaredAt = new Date(deadline.getTime() + 1000).toISOString();
      expect(conflicts).toEqual([`Juror B;${labels.get(nordvik.entryId)};Nordvik Data AB;${declaredAt};[employment] Worked there until last year.;"Inhabil; deltog ikke i bedømmelsen";${declaredAt}`]);
    });

    it('builds an archive that the verify endpoint accepts', async () => {
      const body = new FormData();
      body.append('file', new Blob([first.files['archive.zip']!], { type: 'application/zip' }), 'archive.zip');
      const verified = await organiser.client.request('POST', '/api/exports/verify', { body });
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({ valid: true, missing: [], extra: [], mismatched: [], problems: [] });
      expect(verified.body.receipts.results.map((r: { valid: boolean }) => r.valid)).toEqual([true, true, true]);
    });

    it('gives byte-identical files when the decided challenge is exported again a day later', async () => {
      t.app.get(Clock).freezeAt(new Date(decidedAt.getTime() + DAY));
      await new Promise((resolve) => setTimeout(resolve, 2100)); // past the 2-second grain of ZIP times
      const second = await exportNow();
      expect(second.view.id).not.toBe(first.view.id);
      expect(second.view.files).toEqual(first.view.files);
      for (const name of FILES) expect(sha256(second.files[name]!), name).toBe(sha256(first.files[name]!));
    });
  });
});
