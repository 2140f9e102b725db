import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Clock } from '@fairpitch/api/common/clock';
import { BuildExport } from '@fairpitch/api/exports/build-export.use-case';
import { DocumentStore } from '@fairpitch/api/storage/document-store';
import { verifyExportArchive } from '@fairpitch/api/exports/verify/verify-export-archive';
import { createPublished, openPhases } from '../../api/test/support/challenge-fixtures.js';
import { completeEntryContent, draftEntry, registerCompany } from '../../api/test/support/entry-fixtures.js';
import { type TestUser, signedInUser } from '../../api/test/support/fixtures.js';
import { type TestApp, startTestApp } from '../../api/test/support/test-app.js';
import { ExportProcessRunner } from '../src/exports/export-process-runner.js';
import { OutboxRelay } from '../src/relay/outbox-relay.poller.js';
import { type TestWorker, downloadAs, startTestWorker, waitFor } from './support.js';

// The export built as in production: in a process of its own that the worker starts, with the
// real judging data of a decided challenge (nothing injected), a heap cap, and a crash.

interface ExportStatus {
  status: string;
  progress: number;
  error: string | null;
  files: { name: string; sha256: string }[];
}

describe('exports built in a process of their own', () => {
  let api: TestApp;
  let organiser: TestUser;
  let challengeId: string;
  const workers: TestWorker[] = [];

  const status = async (id: string) => (await organiser.client.get(`/api/exports/${id}`)).body as ExportStatus;

  const tempDirOf = (worker: TestWorker, exportId: string) => join(worker.context.get(DocumentStore).tempDir(), `export-${exportId}`);

  const download = (path: string) => downloadAs(api, organiser, path);

  /** A worker with these settings, and an export it has been asked to build. */
  async function exportWith(env: Record<string, string>, prepare?: (worker: TestWorker) => void): Promise<{ worker: TestWorker; exportId: string }> {
    const worker = await startTestWorker({ databaseUrl: api.databaseUrl, env });
    workers.push(worker);
    prepare?.(worker);
    const started = await organiser.client.post(`/api/challenges/${challengeId}/exports`, {});
    expect(started.status).toBe(202);
    await worker.context.get(OutboxRelay).tick();
    return { worker, exportId: started.body.id as string };
  }

  beforeAll(async () => {
    api = await startTestApp();
    organiser = await signedInUser(api, 'staff', 'organiser');
    const phases = openPhases();
    challengeId = await createPublished(organiser.client, { phases });
    for (const name of ['Alfa ApS', 'Beta ApS']) {
      const founder = await signedInUser(api, null, name.slice(0, 4).toLowerCase());
      await registerCompany(founder.client, name);
      const { id } = await draftEntry(founder.client, challengeId, completeEntryContent({ offer: undefined }));
      expect((await founder.client.post(`/api/entries/${id}/submit`)).status).toBe(201);
    }
    api.app.get(Clock).freezeAt(new Date(new Date(phases[2]!.endsAt).getTime() + 1000));
    expect((await organiser.client.post(`/api/challenges/${challengeId}/entries/open`)).status).toBe(200);
    expect((await organiser.client.post(`/api/challenges/${challengeId}/transitions`, { to: 'evaluation' })).status).toBe(200);
    api.app.get(Clock).freezeAt(null);
  });
  afterEach(async () => {
    for (const worker of workers.splice(0)) await worker.close();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('builds the export in another process, not in the worker, and offers its files', async () => {
    let logged: ReturnType<typeof vi.fn> | undefined;
    const { worker, exportId } = await exportWith({}, (started) => {
      vi.spyOn(started.context.get(BuildExport), 'execute');
      const runner = started.context.get(ExportProcessRunner) as unknown as { logger: { log(message: string): void } };
      logged = vi.spyOn(runner.logger, 'log') as unknown as ReturnType<typeof vi.fn>;
    });
    const done = await waitFor(() => status(exportId), (s) => s.status === 'done' || s.status === 'failed', 60_000);
    expect(done).toMatchObject({ status: 'done', progress: 100, error: null });
    expect(done.files.map((f) => f.name)).toEqual(['ranking.csv', 'results.xlsx', 'evaluation-report.pdf', 'ocds-release-package.json', 'archive.zip']);
    expect(worker.context.get(BuildExport).execute).not.toHaveBeenCalled();
    // The process reports its own resident peak, which a busy Node.js process never has below 30 MB.
    // The export is done a moment before its process has exited.
    await waitFor(() => Promise.resolve(logged!.mock.calls.length), (calls) => calls > 0);
    const [[message]] = logged!.mock.calls as [[string]];
    const peak = Number(/at most (\d+) MB resident$/.exec(message)?.[1]);
    expect(message).toMatch(new RegExp(`^export ${exportId}: its process ended after \\d+\\.\\d s`));
    expect(peak).toBeGreaterThan(30);

    const archive = await download(`/api/exports/${exportId}/files/archive.zip`);
    expect(createHash('sha256').update(archive).digest('hex')).toBe(done.files.find((f) => f.name === 'archive.zip')!.sha256);
    expect(await verifyExportArchive(archive)).toMatchObject({ valid: true });
    expect(existsSync(tempDirOf(worker, exportId))).toBe(false);
  });

  it('survives the export process being killed mid-build: the queue retries and the export finishes', async () => {
    const { worker, exportId } = await exportWith({});
    await waitFor(() => status(exportId), (s) => s.status === 'running', 30_000);
    // Holding the export's row stops the build at its next progress report, with its files begun.
    await api.db.query('BEGIN');
    try {
      expect((await api.db.query(`SELECT state FROM export WHERE id = $1 FOR UPDATE`, [exportId])).rows).toEqual([{ state: 'running' }]);
      const [pid] = worker.context.get(ExportProcessRunner).pids();
      expect(pid).toBeDefined();
      await waitFor(() => Promise.resolve(existsSync(tempDirOf(worker, exportId))), Boolean);
      process.kill(pid!, 'SIGKILL');
    } finally {
      await api.db.query('ROLLBACK');
    }

    const retried = await waitFor(() => status(exportId), (s) => s.error !== null || s.status !== 'running', 30_000);
    expect(retried.error).toBe('attempt 1 failed, retrying: the export process stopped without finishing (SIGKILL)');
    const done = await waitFor(() => status(exportId), (s) => s.status === 'done' || s.status === 'failed', 60_000);
    expect(done).toMatchObject({ status: 'done', error: null });
    expect(existsSync(tempDirOf(worker, exportId))).toBe(false);
  });

  it('builds an export that outgrows the heap cap again without the cap', async () => {
    // 16 MB of heap is too little even to start; the second process runs uncapped.
    const spawned: string[][] = [];
    const { exportId } = await exportWith({ EXPORT_PROCESS_NODE_OPTIONS: '--max-old-space-size=16' }, (worker) => {
      const runner = worker.context.get(ExportProcessRunner) as unknown as { spawn(id: string, options: string[]): Promise<unknown> };
      const spawn = runner.spawn.bind(runner);
      runner.spawn = (id, options) => {
        spawned.push(options);
        return spawn(id, options);
      };
    });
    const done = await waitFor(() => status(exportId), (s) => s.status === 'done' || s.status === 'failed', 60_000);
    expect(done).toMatchObject({ status: 'done', error: null });
    expect(spawned).toEqual([['--max-old-space-size=16'], []]);
  });
});
