import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '@fairpitch/api/common/clock';
import { JudgingExportSource, UnavailableJudgingExportSource, type JudgingDecision } from '@fairpitch/api/exports/judging-export-source';
import { ExportSnapshotService } from '@fairpitch/api/exports/snapshot/export-snapshot.service';
import { FixedJudgingExportSource } from '@fairpitch/api/exports/testing/fixed-judging-source';
import { verifyExportArchive } from '@fairpitch/api/exports/verify/verify-export-archive';
import type { AwardSnapshot, ConflictSnapshot, RankingRowSnapshot, ReviewSnapshot } from '@fairpitch/shared/exports';
import { createPublished, openPhases } from '../../api/test/support/challenge-fixtures.js';
import { completeEntryContent, draftEntry, registerCompany } from '../../api/test/support/entry-fixtures.js';
import { type TestUser, signedInUser } from '../../api/test/support/fixtures.js';
import { type TestApp, startTestApp } from '../../api/test/support/test-app.js';
import { RetentionPoller } from '../src/exports/retention.poller.js';
import { OutboxRelay } from '../src/relay/outbox-relay.poller.js';
import { type TestWorker, downloadAs, startTestWorker, waitFor } from './support.js';

/** Holds the ranking until the test lets go, so the running export can be watched. */
class GatedJudging extends JudgingExportSource {
  release!: () => void;
  readonly gate = new Promise<void>((resolve) => {
    this.release = resolve;
  });
  failuresLeft = 0;
  constructor(private readonly inner: JudgingExportSource) {
    super();
  }
  decision(challengeId: string): Promise<JudgingDecision> {
    return this.inner.decision(challengeId);
  }
  async ranking(challengeId: string): Promise<RankingRowSnapshot[]> {
    await this.gate;
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new Error('judging database briefly unreachable');
    }
    return this.inner.ranking(challengeId);
  }
  reviews(challengeId: string): Promise<ReviewSnapshot[]> {
    return this.inner.reviews(challengeId);
  }
  conflicts(challengeId: string): Promise<ConflictSnapshot[]> {
    return this.inner.conflicts(challengeId);
  }
  awards(challengeId: string): Promise<AwardSnapshot[]> {
    return this.inner.awards(challengeId);
  }
}

describe('exports run in the worker: POST, relay, processor, files', () => {
  let api: TestApp;
  let worker: TestWorker;
  let organiser: TestUser;
  let challengeId: string;
  let entryIds: string[];
  const decidedAt = new Date('2030-02-01T12:00:00.000Z');

  const status = async (id: string) => (await organiser.client.get(`/api/exports/${id}`)).body as { status: string; progress: number; error: string | null; files: { name: string; sha256: string }[] };
  const relay = () => worker.context.get(OutboxRelay).tick();
  const judging = () =>
    new FixedJudgingExportSource({ rankedEntryIds: entryIds, criterionIds: ['quality', 'feasibility', 'value'], extraCriterionIds: ['screening-security', 'screening-data-protection'], decidedAt: decidedAt.toISOString() });

  const download = (path: string) => downloadAs(api, organiser, path);

  beforeAll(async () => {
    api = await startTestApp();
    organiser = await signedInUser(api, 'staff', 'organiser');
    const phases = openPhases();
    challengeId = await createPublished(organiser.client, { phases });
    entryIds = [];
    for (const name of ['Alfa ApS', 'Beta ApS']) {
      const founder = await signedInUser(api, null, name.slice(0, 4).toLowerCase());
      await registerCompany(founder.client, name);
      const { id } = await draftEntry(founder.client, challengeId, completeEntryContent({ offer: undefined }));
      expect((await founder.client.post(`/api/entries/${id}/submit`)).status).toBe(201);
      entryIds.push(id);
    }
    api.app.get(Clock).freezeAt(new Date(new Date(phases[2]!.endsAt).getTime() + 1000));
    expect((await organiser.client.post(`/api/challenges/${challengeId}/entries/open`)).status).toBe(200);
    expect((await organiser.client.post(`/api/challenges/${challengeId}/transitions`, { to: 'evaluation' })).status).toBe(200);
    api.app.get(Clock).freezeAt(decidedAt);
    expect((await organiser.client.post(`/api/challenges/${challengeId}/transitions`, { to: 'decided' })).status).toBe(200);
    api.app.get(Clock).freezeAt(null);
    // These tests hand the worker's own export services a judging source, so the export is built in the worker itself.
    worker = await startTestWorker({ databaseUrl: api.databaseUrl, env: { EXPORT_ISOLATION: 'in-process' } });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('builds an export through the outbox with progress, then offers verifiable files', async () => {
    const gated = new GatedJudging(judging());
    worker.context.get(ExportSnapshotService).useJudgingSource(gated);
    const started = await organiser.client.post(`/api/challenges/${challengeId}/exports`, {});
    expect(started.status).toBe(202);
    expect(await status(started.body.id)).toMatchObject({ status: 'queued', progress: 0, files: [] });

    await relay();
    const running = await waitFor(() => status(started.body.id), (s) => s.status === 'running');
    expect(running.progress).toBeGreaterThan(0);
    expect(running.progress).toBeLessThan(100);
    gated.release();

    const done = await waitFor(() => status(started.body.id), (s) => s.status === 'done', 30_000);
    expect(done.progress).toBe(100);
    expect(done.files.map((f) => f.name)).toEqual(['ranking.csv', 'results.xlsx', 'evaluation-report.pdf', 'ocds-release-package.json', 'archive.zip']);
    const downloaded = new Map<string, Uint8Array>();
    for (const file of done.files) {
      const bytes = await download(`/api/exports/${started.body.id}/files/${file.name}`);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
      downloaded.set(file.name, bytes);
    }
    expect(await verifyExportArchive(downloaded.get('archive.zip')!)).toMatchObject({ valid: true });
  });

  it('retries after a passing error and finishes, saying why it waited in between', async () => {
    const gated = new GatedJudging(judging());
    gated.failuresLeft = 1;
    gated.release();
    worker.context.get(ExportSnapshotService).useJudgingSource(gated);
    const started = await organiser.client.post(`/api/challenges/${challengeId}/exports`, {});
    await relay();
    const retrying = await waitFor(() => status(started.body.id), (s) => s.error !== null);
    expect(retrying.error).toMatch(/retrying: judging database briefly unreachable/);
    const done = await waitFor(() => status(started.body.id), (s) => s.status === 'done', 30_000);
    expect(done.error).toBeNull();
  });

  it('marks the export failed with the reason when it cannot be made', async () => {
    worker.context.get(ExportSnapshotService).useJudgingSource(new UnavailableJudgingExportSource());
    const started = await organiser.client.post(`/api/challenges/${challengeId}/exports`, { language: 'en' });
    await relay();
    const failed = await waitFor(() => status(started.body.id), (s) => s.status === 'failed');
    expect(failed).toMatchObject({ files: [], error: expect.stringMatching(/judging data/) });
  });

  it('runs the retention timer, which leaves a challenge alone until its period has run out', async () => {
    await worker.context.get(RetentionPoller).tick();
    expect((await api.db.query(`SELECT challenge_id FROM challenge_retention`)).rows).toEqual([]);
    expect((await api.db.query(`SELECT entry_id FROM entry_retention`)).rows).toEqual([]);
  });
});
