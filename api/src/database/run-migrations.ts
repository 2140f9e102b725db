import { DataSource } from 'typeorm';
import { typeormOptions } from './typeorm-options.js';

/** Applies pending migrations; used by the run command, the test set-up and the container entry point. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource({ ...typeormOptions({ databaseUrl, databasePoolSize: 2 }), entities: [] });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
