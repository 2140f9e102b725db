import { DataSource } from 'typeorm';
import { typeormOptions } from './typeorm-options.js';

const MIGRATION_LOCK_KEY = 7_310_442_000;

/** Applies pending migrations; used by the run command, the test set-up and the container entry point. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource({ ...typeormOptions({ databaseUrl, databasePoolSize: 2 }), entities: [] });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    // Several API replicas may start at once; one migrates while the others wait.
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}
