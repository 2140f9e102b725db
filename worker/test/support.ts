import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { createTestDatabase, testConfig } from '../../api/test/support/test-app.js';
import { WorkerModule } from '../src/worker.module.js';

/** Boots the worker's application context against a fresh clone of the run's database. */
export async function startTestWorker(overrides: Record<string, string> = {}): Promise<{ context: INestApplicationContext; databaseUrl: string; close(): Promise<void> }> {
  const databaseUrl = await createTestDatabase();
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(testConfig(databaseUrl, overrides)), { logger: ['error'] });
  await context.init();
  return { context, databaseUrl, close: () => context.close() };
}
