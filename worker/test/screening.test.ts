import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublished, openPhases } from '../../api/test/support/challenge-fixtures.js';
import { completeEntryContent, draftEntry, registerCompany, upload } from '../../api/test/support/entry-fixtures.js';
import { type TestUser, signedInUser } from '../../api/test/support/fixtures.js';
import { type TestApp, startTestApp } from '../../api/test/support/test-app.js';
import { type TestWorker, startTestWorker, waitFor } from './support.js';

const WORKER_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const LOCK_MS = '2000';

describe('screening through queue and worker', () => {
  let api: TestApp;
  let organiser: TestUser;
  let founder: TestUser;
  let challengeId: string;
  beforeAll(async () => {
    api = await startTestApp({ QUEUE_LOCK_MS: LOCK_MS });
    organiser = await signedInUser(api, 'staff', 'organiser');
    founder = await signedInUser(api, null, 'founder');
    await registerCompany(founder.client, 'Queue ApS');
    const phases = openPhases();
    challengeId = await createPublished(organiser.client, { phases });
  });
  afterAll(() => api.close());

  const reports = async (entryId: string) => (await api.db.query(`SELECT ruleset_version, revision FROM screening_report WHERE entry_id = $1`, [entryId])).rows;
  const jobState = async (entryId: string) => (await api.db.query(`SELECT state FROM screening_job WHERE entry_id = $1`, [entryId])).rows[0]?.state as string | undefined;

  it('screens a submitted entry: outbox, relay, intake, screening job, one report', async () => {
    const worker: TestWorker = await startTestWorker({ databaseUrl: api.databaseUrl, env: { REDIS_PREFIX: api.config.redisPrefix, STORAGE_DIR: api.config.storage.dir } });
    try {
      const { id } = await draftEntry(founder.client, challengeId, completeEntryContent({ offer: undefined }));
      await upload(founder.client, id, 'notes.txt', 'Our pilot plan.');
      expect((await founder.client.post(`/api/entries/${id}/submit`)).status).toBe(201);
      await waitFor(() => reports(id), (rows) => rows.length === 1, 30_000);
      expect(await jobState(id)).toBe('done');
    } finally {
      await worker.close();
    }
  });

  it('redoes a job whose worker was killed mid-job, leaving exactly one report', async () => {
    expect(existsSync(WORKER_MAIN), 'the worker must be built (pnpm test builds it)').toBe(true);
    const { id } = await draftEntry((await signedInUserWithCompany()).client, challengeId, completeEntryContent({ offer: undefined }));
    // Big documents keep the job running long enough to kill it in the middle.
    const filler = 'Lorem ipsum dolor sit amet 2026-11-27 tel. 12 34 56 78 faktura 1234567890123. '.repeat(300_000);
    for (let i = 0; i < 3; i += 1) expect((await upload(current!.client, id, `volume-${i}.txt`, filler)).status).toBe(201);
    expect((await current!.client.post(`/api/entries/${id}/submit`)).status).toBe(201);

    const env = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: api.databaseUrl,
      REDIS_URL: api.config.redisUrl,
      REDIS_PREFIX: api.config.redisPrefix,
      STORAGE_DIR: api.config.storage.dir,
      QUEUE_LOCK_MS: LOCK_MS,
      LOG_LEVEL: 'error',
    };
    const child: ChildProcess = spawn(process.execPath, [WORKER_MAIN], { env, stdio: 'ignore' });
    try {
      await waitFor(() => jobState(id), (state) => state === 'running', 30_000);
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      expect(await reports(id)).toHaveLength(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }

    const rescuer = await startTestWorker({ databaseUrl: api.databaseUrl, env: { REDIS_PREFIX: api.config.redisPrefix, STORAGE_DIR: api.config.storage.dir, QUEUE_LOCK_MS: LOCK_MS } });
    try {
      await waitFor(() => reports(id), (rows) => rows.length > 0, 60_000);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await reports(id)).toHaveLength(1);
      expect(await jobState(id)).toBe('done');
    } finally {
      await rescuer.close();
    }
  });

  let current: TestUser | null = null;
  async function signedInUserWithCompany(): Promise<TestUser> {
    current = await signedInUser(api, null, 'killed');
    await registerCompany(current.client, 'Killed Worker ApS');
    return current;
  }

});
