import { AsyncLocalStorage } from 'node:async_hooks';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type DataSource, EntityManager, type QueryRunner } from 'typeorm';
import type { TestApp } from './test-app.js';

export interface StrayQuery {
  sql: string;
  /** The first frames of the application code that sent it. */
  from: string[];
}

export interface TransactionGuard {
  /** Queries sent on another connection while a transaction was open in the same request. */
  readonly strays: StrayQuery[];
  uninstall(): void;
}

type RunInTransaction = (manager: EntityManager) => Promise<unknown>;
type Query = (this: QueryRunner, sql: string, ...rest: unknown[]) => Promise<unknown>;

/**
 * Catches the pool-starvation bug class without needing the load that makes it hang: inside a
 * transaction's callback, every query must go through the transaction's own connection. A query
 * sent through a repository, the DataSource or a fresh transaction instead holds a second pool
 * connection while the first waits, which under load exhausts the pool and hangs the API. The
 * guard records each such query with where it came from; tests assert that there were none.
 */
export function installTransactionGuard(t: TestApp): TransactionGuard {
  const dataSource = t.app.get<DataSource>(getDataSourceToken());
  const open = new AsyncLocalStorage<QueryRunner>();
  const strays: StrayQuery[] = [];

  const managerProto = EntityManager.prototype as unknown as { transaction: (...args: unknown[]) => Promise<unknown> };
  const originalTransaction = managerProto.transaction;
  managerProto.transaction = function (this: EntityManager, isolationOrRun: unknown, maybeRun?: unknown) {
    const run = (typeof isolationOrRun === 'function' ? isolationOrRun : maybeRun) as RunInTransaction;
    const wrapped: RunInTransaction = (manager) => open.run(manager.queryRunner!, () => run(manager));
    return typeof isolationOrRun === 'function' ? originalTransaction.call(this, wrapped) : originalTransaction.call(this, isolationOrRun, wrapped);
  };

  const probe = dataSource.createQueryRunner();
  const runnerProto = Object.getPrototypeOf(probe) as { query: Query };
  void probe.release();
  const originalQuery = runnerProto.query;
  runnerProto.query = function (this: QueryRunner, sql: string, ...rest: unknown[]) {
    const owner = open.getStore();
    if (owner && owner !== this) strays.push({ sql: sql.replace(/\s+/g, ' ').slice(0, 200), from: appFrames(new Error().stack ?? '') });
    return originalQuery.call(this, sql, ...rest);
  };

  return {
    strays,
    uninstall() {
      managerProto.transaction = originalTransaction;
      runnerProto.query = originalQuery;
    },
  };
}

function appFrames(stack: string): string[] {
  return stack
    .split('\n')
    .filter((line) => line.includes('/src/') && !line.includes('node_modules'))
    .map((line) => line.trim().replace(/^at /, '').replace(/(^|\()[^()]*?\/api\/src\//, '$1api/src/'))
    .slice(0, 4);
}
