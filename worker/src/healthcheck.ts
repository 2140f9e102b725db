// Container health check for the worker (it has no HTTP server): exit 0 when PostgreSQL and
// Redis both answer within a few seconds.
import pg from 'pg';
import { Redis } from 'ioredis';
import { loadConfig } from '@fairpitch/api/config/app-config';

const config = loadConfig(process.env);
const timeout = setTimeout(() => process.exit(1), 4000);
try {
  const client = new pg.Client({ connectionString: config.databaseUrl });
  await client.connect();
  await client.query('SELECT 1');
  await client.end();
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  await redis.connect();
  await redis.ping();
  redis.disconnect();
  clearTimeout(timeout);
  process.exit(0);
} catch {
  process.exit(1);
}
