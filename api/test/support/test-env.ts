// The test run's connection strings come from the environment the test command prepared
// (the machine's services in CI, or the embedded ones), read here and nowhere else in tests.
export function baseTestEnv(): { databaseUrl: string; redisUrl: string } {
  const databaseUrl = process.env.DATABASE_URL;
  const redisUrl = process.env.REDIS_URL;
  if (!databaseUrl || !redisUrl) {
    throw new Error('DATABASE_URL and REDIS_URL must be set: run the tests with `pnpm test`, which provides them.');
  }
  return { databaseUrl, redisUrl };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
