import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renumberParameters, runCombinedWrites } from '../src/database/combined-writes.js';
import { createTestDatabase } from './support/test-app.js';

// Several tables' writes in one statement, against the real server: the rows are the evidence,
// and the statements the client sent are counted.

describe('runCombinedWrites', () => {
  let client: pg.Client;
  const sent: string[] = [];
  const manager = { query: (sql: string, params?: unknown[]) => (sent.push(sql), client.query(sql, params).then((r) => r.rows)) };

  beforeAll(async () => {
    client = new pg.Client({ connectionString: await createTestDatabase() });
    await client.connect();
    await client.query(`CREATE TABLE combined_a (id int PRIMARY KEY, note text NOT NULL, payload jsonb)`);
    await client.query(`CREATE TABLE combined_b (id int PRIMARY KEY, at timestamptz NOT NULL)`);
    await client.query(`INSERT INTO combined_b (id, at) VALUES (1, '2020-01-01T00:00:00Z')`);
  });
  afterAll(() => client.end());

  it('renumbers a statement’s parameters, and only them', () => {
    expect(renumberParameters('INSERT INTO t (a, b) VALUES ($1, $2::jsonb)', 3)).toBe('INSERT INTO t (a, b) VALUES ($4, $5::jsonb)');
    expect(renumberParameters('UPDATE t SET a = $10 WHERE id = $1', 9)).toBe('UPDATE t SET a = $19 WHERE id = $10');
    expect(renumberParameters('SELECT $1', 0)).toBe('SELECT $1');
  });

  it('runs inserts and an update of different tables in one statement, each with its own values', async () => {
    sent.length = 0;
    const at = new Date('2030-05-06T07:08:09.010Z');
    await client.query('BEGIN');
    await runCombinedWrites(manager, [
      { sql: 'INSERT INTO combined_a (id, note, payload) VALUES ($1, $2, $3)', params: [1, 'first', JSON.stringify({ k: 'v' })] },
      null,
      { sql: 'INSERT INTO combined_a (id, note) VALUES ($1, $2), ($3, $4)', params: [2, 'second', 3, 'third'] },
      { sql: 'UPDATE combined_b SET at = $2 WHERE id = $1', params: [1, at] },
    ]);
    await client.query('COMMIT');
    expect(sent).toHaveLength(1);
    const { rows: a } = await client.query('SELECT id, note, payload FROM combined_a ORDER BY id');
    expect(a).toEqual([
      { id: 1, note: 'first', payload: { k: 'v' } },
      { id: 2, note: 'second', payload: null },
      { id: 3, note: 'third', payload: null },
    ]);
    const { rows: b } = await client.query('SELECT at FROM combined_b WHERE id = 1');
    expect((b[0] as { at: Date }).at.toISOString()).toBe(at.toISOString());
  });

  it('writes nothing at all when one of the writes fails', async () => {
    await client.query('BEGIN');
    await expect(
      runCombinedWrites(manager, [
        { sql: 'INSERT INTO combined_a (id, note) VALUES ($1, $2)', params: [10, 'would be kept alone'] },
        { sql: 'INSERT INTO combined_a (id, note) VALUES ($1, $2)', params: [1, 'duplicate key'] },
      ]),
    ).rejects.toThrow(/duplicate key/);
    await client.query('ROLLBACK');
    const { rows } = await client.query('SELECT id FROM combined_a WHERE id = 10');
    expect(rows).toHaveLength(0);
  });

  it('sends a single write as it is, and nothing for none', async () => {
    sent.length = 0;
    await runCombinedWrites(manager, [null, { sql: 'INSERT INTO combined_a (id, note) VALUES ($1, $2)', params: [4, 'alone'] }]);
    await runCombinedWrites(manager, [null]);
    expect(sent).toEqual(['INSERT INTO combined_a (id, note) VALUES ($1, $2)']);
  });

  it('refuses a write with a WITH of its own, which PostgreSQL cannot nest', async () => {
    await expect(
      runCombinedWrites(manager, [
        { sql: 'WITH x AS (SELECT 1) INSERT INTO combined_a (id, note) SELECT 5, $1 FROM x', params: ['nested'] },
        { sql: 'INSERT INTO combined_a (id, note) VALUES ($1, $2)', params: [6, 'other'] },
      ]),
    ).rejects.toThrow(/WITH of its own/);
  });
});
