import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { MIGRATIONS } from './migrations/index.js';
import { PreparingClient } from './preparing-client.js';

// Schema changes go through migrations only; synchronize stays off everywhere.
export function typeormOptions(config: Pick<AppConfig, 'databaseUrl' | 'databasePoolSize'> & Partial<Pick<AppConfig, 'databasePreparedStatements'>>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: ['error'],
    extra: { max: config.databasePoolSize, ...(config.databasePreparedStatements ? { Client: PreparingClient } : {}) },
  };
}
