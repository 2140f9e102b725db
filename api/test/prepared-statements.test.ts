import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/app-config.js';
import { MAX_PREPARED_PER_CONNECTION, PreparingClient, statementName } from '../src/database/preparing-client.js';
import { typeormOptions } from '../src/database/typeorm-options.js';
import { createTestDatabase } from './support/test-app.js';
import { baseTestEnv } from './support/test-env.js';

// Prepared statements against the real server: what PostgreSQL holds for the connection
// (pg_prepared_statements) is the evidence, not what the client believes.

let databaseUrl: string;
beforeAll(async () => {
  databaseUrl = await createTestDatabase();
});

/** The statements this connection has prepared on the server (asked without parameters, so unprepared). */
async function preparedOnServer(client: PreparingClient): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>('SELECT name FROM pg_prepared_statements ORDER BY name');
  return rows.map((r) => r.name);
}

describe('PreparingClient', () => {
  let client: PreparingClient;
  beforeAll(async () => {
    client = new PreparingClient({ connectionString: databaseUrl });
    await client.connect();
  });
  afterAll(() => client.end());

  it('prepares a parameterised statement once and executes it again with new values', async () => {
    const text = 'SELECT $1::int + 1 AS n';
    const results = [];
    for (const value of [1, 41, -5]) results.push((await client.query<{ n: number }>(text, [value])).rows[0].n);
    expect(results).toEqual([2, 42, -4]);
    const prepared = await preparedOnServer(client);
    expect(prepared.filter((name) => name === statementName(text))).toHaveLength(1);
    // Callback style, as TypeORM calls it, takes the same path.
    const viaCallback = await new Promise<number>((resolve, reject) => {
      void client.query(text, [9], (error: Error | null, result: { rows: { n: number }[] }) => (error ? reject(error) : resolve(result.rows[0].n)));
    });
    expect(viaCallback).toBe(10);
    expect((await preparedOnServer(client)).filter((name) => name === statementName(text))).toHaveLength(1);
  });

  it('leaves statements without parameters unprepared', async () => {
    const before = await preparedOnServer(client);
    await client.query('SELECT 1 AS one');
    await client.query('SELECT 2 AS two', []);
    expect(await preparedOnServer(client)).toEqual(before);
  });

  it('gives different texts different statements', async () => {
    expect(statementName('SELECT $1::int')).not.toBe(statementName('SELECT $1::text'));
    expect((await client.query('SELECT $1::text AS v', ['a'])).rows[0].v).toBe('a');
    expect((await client.query('SELECT $1::int AS v', [7])).rows[0].v).toBe(7);
    const prepared = await preparedOnServer(client);
    expect(prepared).toContain(statementName('SELECT $1::text AS v'));
    expect(prepared).toContain(statementName('SELECT $1::int AS v'));
  });

  it('recovers from a statement the server refused, and runs it once it can', async () => {
    const text = 'SELECT label FROM prepared_later WHERE id = $1';
    await expect(client.query(text, [1])).rejects.toThrow(/prepared_later/);
    await client.query(`CREATE TEMP TABLE prepared_later (id int PRIMARY KEY, label text)`);
    await client.query(`INSERT INTO prepared_later VALUES (1, 'one')`);
    expect((await client.query(text, [1])).rows).toEqual([{ label: 'one' }]);
    expect(await preparedOnServer(client)).toContain(statementName(text));
  });
});

describe('PreparingClient beyond its limit', () => {
  it(`prepares at most ${MAX_PREPARED_PER_CONNECTION} statements per connection and runs further ones unprepared`, async () => {
    const client = new PreparingClient({ connectionString: databaseUrl });
    await client.connect();
    try {
      // Texts such as IN lists of every length: each is a different statement.
      const texts = Array.from({ length: MAX_PREPARED_PER_CONNECTION + 20 }, (_, i) => `SELECT $1::int + ${i} AS n`);
      for (const [i, text] of texts.entries()) expect((await client.query(text, [1])).rows[0].n).toBe(1 + i);
      const prepared = await preparedOnServer(client);
      expect(prepared).toHaveLength(MAX_PREPARED_PER_CONNECTION);
      expect(prepared).not.toContain(statementName(texts.at(-1)!));
      // A prepared one is still executed as prepared after the limit is reached.
      expect((await client.query(texts[0], [5])).rows[0].n).toBe(5);
      expect(await preparedOnServer(client)).toHaveLength(MAX_PREPARED_PER_CONNECTION);
    } finally {
      await client.end();
    }
  });
});

describe('the application pool', () => {
  it('uses the preparing client unless DATABASE_PREPARED_STATEMENTS=false', () => {
    const { redisUrl } = baseTestEnv();
    const base = { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl };
    const on = loadConfig(base);
    const off = loadConfig({ ...base, DATABASE_PREPARED_STATEMENTS: 'false' });
    expect(on.databasePreparedStatements).toBe(true);
    expect(off.databasePreparedStatements).toBe(false);
    expect((typeormOptions(on).extra as { Client?: unknown }).Client).toBe(PreparingClient);
    expect((typeormOptions(off).extra as { Client?: unknown }).Client).toBeUndefined();
  });

  it('prepares the statements TypeORM sends, on the connection that sends them', async () => {
    const { redisUrl } = baseTestEnv();
    const dataSource = new DataSource({ ...typeormOptions(loadConfig({ DATABASE_URL: databaseUrl, REDIS_URL: redisUrl })), entities: [] });
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    try {
      const text = 'SELECT count(*)::int AS n FROM pg_class WHERE relname = $1';
      expect(await runner.query(text, ['pg_class'])).toEqual([{ n: 1 }]);
      expect(await runner.query(text, ['pg_type'])).toEqual([{ n: 1 }]);
      const rows = (await runner.query('SELECT name FROM pg_prepared_statements')) as { name: string }[];
      expect(rows.map((r) => r.name)).toContain(statementName(text));
    } finally {
      await runner.release();
      await dataSource.destroy();
    }
  });
});
