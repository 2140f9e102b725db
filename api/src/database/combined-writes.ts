import type { EntityManager } from 'typeorm';

/**
 * A statement that only writes (INSERT, UPDATE or DELETE, no RETURNING read by the caller), made
 * by the module that owns the table, so that a caller can run several modules' writes together.
 * Its values are parameters ($1, $2, …), never literals that contain a dollar sign.
 */
export interface TableWrite {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** Shifts a statement's parameter numbers ($1, $2, …) by `offset`. */
export function renumberParameters(sql: string, offset: number): string {
  return offset === 0 ? sql : sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}

/**
 * Runs the writes as one statement (each a data-modifying WITH query of it), in one round trip
 * to the database instead of one per write. They see the same snapshot and none sees another's
 * rows, so they must not depend on each other; they are part of the caller's transaction, and one
 * failing fails them all. A write must not have a WITH of its own (PostgreSQL allows data-modifying
 * WITH queries only at the top level).
 */
export async function runCombinedWrites(manager: Pick<EntityManager, 'query'>, writes: readonly (TableWrite | null)[]): Promise<void> {
  const present = writes.filter((write): write is TableWrite => write !== null);
  if (present.length === 0) return;
  if (present.length === 1) {
    await manager.query(present[0]!.sql, [...present[0]!.params]);
    return;
  }
  const params: unknown[] = [];
  const parts = present.map((write, i) => {
    if (/^\s*with\b/i.test(write.sql)) throw new Error('runCombinedWrites: a write may not have a WITH of its own');
    const part = `write_${i} AS (${renumberParameters(write.sql, params.length)})`;
    params.push(...write.params);
    return part;
  });
  await manager.query(`WITH ${parts.join(',\n')} SELECT 1`, params);
}
