import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../../api/src/app.factory.js';
import type { AppConfig } from '../../../api/src/config/app-config.js';
import { seedDemoData } from '../../../api/src/seed/seed-demo.js';
import { createTestDatabase, testConfig } from '../../../api/test/support/test-app.js';
import { type TestWorker, startTestWorker } from '../../../worker/test/support.js';

export const WEB_DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url));
export const DEMO_PASSWORD = 'fairpitch-demo';

export interface Platform {
  /** http://127.0.0.1:<port>, the one origin of SPA and API. */
  baseUrl: string;
  app: Awaited<ReturnType<typeof createApp>>;
  config: AppConfig;
  /** The worker's application context (outbox relay, screening and export processors, timers), when started. */
  worker: TestWorker['context'] | null;
  close(): Promise<void>;
}

export interface PlatformOptions {
  /** Also run the worker in this process, on the same database, Redis prefix and document store. */
  worker?: boolean;
}

/** Asks the OS for a free port, so PUBLIC_URL (and the links in mails) can name it before listening. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The whole platform as a browser sees it: API and built SPA on one origin, demo users seeded. */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  if (!existsSync(join(WEB_DIST_DIR, 'index.html'))) {
    throw new Error('The web app is not built: run `vite build` in web/ before the browser tests.');
  }
  const databaseUrl = await createTestDatabase();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = testConfig(databaseUrl, { WEB_DIST_DIR, PUBLIC_URL: baseUrl });
  const app = await createApp(config);
  // Modules hook into each other on init (event handlers, readers): seed only once they have.
  await app.init();
  await seedDemoData(app);
  await app.listen(port, '127.0.0.1');
  // Jobs the API queues (through the outbox) must reach this worker: same Redis prefix, same store.
  const worker = options.worker
    ? await startTestWorker({ databaseUrl, env: { REDIS_PREFIX: config.redisPrefix, STORAGE_DIR: config.storage.dir, PUBLIC_URL: baseUrl } })
    : null;
  return {
    baseUrl,
    app,
    config,
    worker: worker?.context ?? null,
    async close() {
      await worker?.close();
      await app.close();
    },
  };
}
