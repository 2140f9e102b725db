import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { TEST_PASSWORD, type TestUser } from '../../api/test/support/fixtures.js';
import { type TestApp, createTestDatabase, testConfig } from '../../api/test/support/test-app.js';
import { WorkerModule } from '../src/worker.module.js';

export interface TestWorker {
  context: INestApplicationContext;
  databaseUrl: string;
  close(): Promise<void>;
}

/** Boots the worker's application context, on a fresh clone of the run's database unless one is given. */
export async function startTestWorker(options: { databaseUrl?: string; env?: Record<string, string> } = {}): Promise<TestWorker> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(testConfig(databaseUrl, options.env)), { logger: ['error'] });
  await context.init();
  return { context, databaseUrl, close: () => context.close() };
}

export async function waitFor<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A file's bytes as the user downloads it (signed in with a session of its own), failing on anything but 200. */
export async function downloadAs(api: TestApp, user: TestUser, path: string): Promise<Uint8Array> {
  const login = await fetch(`${api.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }) });
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const response = await fetch(`${api.baseUrl}${path}`, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
