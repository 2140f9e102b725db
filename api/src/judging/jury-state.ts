import type { EntityManager } from 'typeorm';

type Queryable = Pick<EntityManager, 'query'>;

/** Whether the decision is taken (the ranking final, the scores locked). */
export async function decisionExists(db: Queryable, challengeId: string): Promise<boolean> {
  return ((await db.query(`SELECT 1 FROM jury_decision WHERE challenge_id = $1`, [challengeId])) as unknown[]).length > 0;
}

/** "Juror A", "Juror B", … "Juror Z", "Juror AA": a stable pseudonym from a juror's place in the panel. */
export function jurorPseudonym(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `Juror ${letters}`;
}

/** Serialises score writes with new assignment draws and the decision of one challenge. */
export async function lockJury(db: Queryable, challengeId: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`jury:${challengeId}`]);
}
