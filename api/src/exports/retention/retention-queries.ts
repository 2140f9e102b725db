import type { EntityManager } from 'typeorm';

// Read-only look-ups the retention job needs and no other area offers as a service yet (they
// run without a signed-in user). Kept in this one file so they can move behind the challenges
// and submissions services when those grow such methods; nothing here writes another area's table.

export interface DueChallenge {
  challengeId: string;
  dueAt: Date;
}

/** Decided challenges whose retention period has run out and that have not been handled yet. */
export async function dueChallenges(manager: EntityManager, now: Date): Promise<DueChallenge[]> {
  return (await manager.query(
    `SELECT c.id AS "challengeId", c.decided_at + make_interval(days => c.retention_days) AS "dueAt"
       FROM challenge c
      WHERE c.status IN ('decided', 'archived') AND c.decided_at IS NOT NULL AND c.retention_days IS NOT NULL
        AND c.decided_at + make_interval(days => c.retention_days) <= $1
        AND NOT EXISTS (SELECT 1 FROM challenge_retention r WHERE r.challenge_id = c.id)
      ORDER BY 2, 1`,
    [now],
  )) as DueChallenge[];
}

export interface RetainedEntry {
  entryId: string;
  /** Every document the entry ever held: draft attachments and those of every revision. */
  documentHashes: string[];
}

export async function entriesOfChallenge(manager: EntityManager, challengeId: string): Promise<RetainedEntry[]> {
  return (await manager.query(
    `SELECT e.id AS "entryId",
            ARRAY(
              SELECT DISTINCT h FROM (
                SELECT a.sha256::text AS h FROM attachment a WHERE a.entry_id = e.id
                UNION SELECT x->>'sha256' FROM entry_revision rv, jsonb_array_elements(rv.attachments) x WHERE rv.entry_id = e.id
              ) hashes ORDER BY h
            ) AS "documentHashes"
       FROM entry e
      WHERE e.challenge_id = $1
      ORDER BY e.id`,
    [challengeId],
  )) as RetainedEntry[];
}

/** Whether any entry outside `entryIds`, or a kept export file, still refers to the stored bytes. */
export async function stillReferenced(manager: EntityManager, sha256: string, entryIds: readonly string[]): Promise<boolean> {
  const rows = (await manager.query(
    `SELECT 1 FROM attachment a WHERE a.sha256 = $1 AND NOT (a.entry_id = ANY($2::uuid[]))
     UNION ALL
     SELECT 1 FROM entry_revision rv, jsonb_array_elements(rv.attachments) x WHERE x->>'sha256' = $1 AND NOT (rv.entry_id = ANY($2::uuid[]))
     UNION ALL
     SELECT 1 FROM export_file f WHERE f.sha256 = $1 AND f.removed_at IS NULL
     LIMIT 1`,
    [sha256, entryIds],
  )) as unknown[];
  return rows.length > 0;
}
