import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp } from '../../src/app.factory.js';
import { type AppConfig, loadConfig } from '../../src/config/app-config.js';
import { baseTestEnv, withDatabase } from './test-env.js';
import { installTransactionGuard } from './transaction-guard.js';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  baseUrl: string;
  databaseUrl: string;
  /** A direct connection for assertions and for tampering in tests; not the app's pool. */
  db: pg.Client;
  close(): Promise<void>;
}

/** Clones the run's template database for this test file and starts the API on a free port. */
export async function createTestDatabase(): Promise<string> {
  const { databaseUrl } = baseTestEnv();
  const name = `${inject('runId')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('templateDatabase')}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(databaseUrl, name);
}

export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  const { redisUrl } = baseTestEnv();
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: `${inject('runId')}:${randomBytes(3).toString('hex')}`,
    PUBLIC_URL: 'http://localhost:3000',
    DATABASE_POOL_SIZE: '5',
    ...overrides,
  });
}

export async function startTestApp(overrides: Record<string, string> = {}, options: { transactionGuard?: boolean } = {}): Promise<TestApp> {
  const databaseUrl = await createTestDatabase();
  const config = testConfig(databaseUrl, overrides);
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const testApp: TestApp = {
    app,
    config,
    baseUrl: `http://127.0.0.1:${address.port}`,
    databaseUrl,
    db,
    async close() {
      guard?.uninstall();
      await db.end();
      await app.close();
      // Every test file doubles as a check for pool starvation: no query inside a transaction
      // may use a second connection (see transaction-guard.ts).
      if (guard?.strays.length) {
        throw new Error(`queries outside their transaction's connection:\n${guard.strays.map((q) => `  ${q.sql}\n    ${q.from.join('\n    ')}`).join('\n')}`);
      }
    },
  };
  const guard = options.transactionGuard === false ? null : installTransactionGuard(testApp);
  return testApp;
}
