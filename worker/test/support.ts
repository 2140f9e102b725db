import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { createTestDatabase, testConfig } from '../../api/test/support/test-app.js';
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
