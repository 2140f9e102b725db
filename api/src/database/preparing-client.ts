import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * Distinct statements one connection prepares at most. Texts past it run unprepared: queries
 * built with a parameter per list item (IN ($1, …, $n)) come in many lengths and must not pile up
 * as server-side statements.
 */
export const MAX_PREPARED_PER_CONNECTION = 256;

/** Statement names are the text's hash, so equal texts share one and different texts never do. */
export function statementName(text: string): string {
  return `fp_${createHash('sha256').update(text).digest('base64url').slice(0, 32)}`;
}

type Query = pg.Client['query'];

/**
 * A pg client that prepares each parameterised statement once per connection and from then on
 * only binds and executes it, as JDBC and pgx drivers do. PostgreSQL then parses and plans a
 * statement once instead of on every call: for the short queries a request makes (session,
 * membership, entry, attachment), that planning was a third of their cost, and the deadline rush
 * is bound by the CPU it shares with PostgreSQL. Statements without parameters (transaction
 * control, DDL, migrations) run as before.
 *
 * Named statements need a session of their own on the server: behind a pooler in transaction
 * mode, turn this off (DATABASE_PREPARED_STATEMENTS=false).
 */
export class PreparingClient extends pg.Client {
  /** The statements this connection has prepared: text → name (hashed once per text). */
  readonly prepared = new Map<string, string>();
}

const plainQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;

PreparingClient.prototype.query = function query(this: PreparingClient, ...args: unknown[]): unknown {
  const [text, values, callback] = args;
  if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) return plainQuery.apply(this, args);
  let name = this.prepared.get(text);
  if (name === undefined) {
    if (this.prepared.size >= MAX_PREPARED_PER_CONNECTION) return plainQuery.apply(this, args);
    name = statementName(text);
    this.prepared.set(text, name);
  }
  const config: pg.QueryConfig = { name, text, values };
  return callback === undefined ? plainQuery.call(this, config) : plainQuery.call(this, config, callback);
} as Query;
