import type { EntityManager } from 'typeorm';
import type { ConsensusScore, Score } from '@fairpitch/shared/judging';

type Queryable = Pick<EntityManager, 'query'>;

export interface CriterionScore {
  criterionId: string;
  value: number;
  justification: string;
}

export interface ReviewRow {
  entryId: string;
  jurorId: string;
  status: 'draft' | 'submitted';
  scores: CriterionScore[];
  updatedAt: Date;
  submittedAt: Date | null;
}

export interface ConsensusRow extends ConsensusScore {
  justification: string;
  recordedBy: string | null;
  recordedAt: Date;
}

const REVIEW_COLUMNS = `entry_id AS "entryId", juror_id AS "jurorId", status, scores, updated_at AS "updatedAt", submitted_at AS "submittedAt"`;

// The jury's score tables, read in one place so every service counts the same reviews.

export async function findReview(db: Queryable, entryId: string, jurorId: string, lock = false): Promise<ReviewRow | null> {
  const [row] = (await db.query(`SELECT ${REVIEW_COLUMNS} FROM jury_review WHERE entry_id = $1 AND juror_id = $2${lock ? ' FOR UPDATE' : ''}`, [entryId, jurorId])) as ReviewRow[];
  return row ?? null;
}

/**
 * The reviews that count: submitted, by a juror still assigned to the entry (a juror taken off an
 * entry, e.g. for a conflict found later, keeps their review on record but it no longer counts).
 */
export async function countingReviews(db: Queryable, challengeId: string): Promise<ReviewRow[]> {
  return (await db.query(
    `SELECT r.entry_id AS "entryId", r.juror_id AS "jurorId", r.status, r.scores, r.updated_at AS "updatedAt", r.submitted_at AS "submittedAt"
       FROM jury_review r JOIN jury_assignment a ON a.entry_id = r.entry_id AND a.juror_id = r.juror_id
      WHERE r.challenge_id = $1 AND r.status = 'submitted' ORDER BY r.entry_id, r.juror_id`,
    [challengeId],
  )) as ReviewRow[];
}

/** The counting reviews (as `countingReviews`) of one entry. */
export async function countingReviewsOfEntry(db: Queryable, entryId: string): Promise<ReviewRow[]> {
  return (await db.query(
    `SELECT r.entry_id AS "entryId", r.juror_id AS "jurorId", r.status, r.scores, r.updated_at AS "updatedAt", r.submitted_at AS "submittedAt"
       FROM jury_review r JOIN jury_assignment a ON a.entry_id = r.entry_id AND a.juror_id = r.juror_id
      WHERE r.entry_id = $1 AND r.status = 'submitted' ORDER BY r.juror_id`,
    [entryId],
  )) as ReviewRow[];
}

/** A submitted review as the record shows it: no draft times, the time of submission as UTC ISO 8601 text. */
export interface SubmittedReviewRow {
  entryId: string;
  jurorId: string;
  scores: CriterionScore[];
  /** As Date#toISOString writes it. */
  submittedAt: string;
}

/**
 * The counting reviews (as `countingReviews`) of some entries of a challenge, for reading a batch
 * at a time; only the columns the record shows, the time already as text, since exports read
 * 50,000 of them. The export shows the reviews the ranking used, so it can be recomputed; a
 * juror taken off an entry for a conflict appears in the conflicts instead.
 */
export async function countingReviewsOf(db: Queryable, challengeId: string, entryIds: readonly string[]): Promise<SubmittedReviewRow[]> {
  if (entryIds.length === 0) return [];
  return (await db.query(
    `SELECT r.entry_id AS "entryId", r.juror_id AS "jurorId", r.scores, to_char(r.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt"
       FROM jury_review r JOIN jury_assignment a ON a.entry_id = r.entry_id AND a.juror_id = r.juror_id
      WHERE r.challenge_id = $1 AND r.status = 'submitted' AND r.submitted_at IS NOT NULL AND r.entry_id = ANY($2::uuid[]) ORDER BY r.entry_id, r.juror_id`,
    [challengeId, entryIds],
  )) as SubmittedReviewRow[];
}

/** Flat scores for the judging math. */
export function scoresOf(reviews: readonly ReviewRow[]): Score[] {
  return reviews.flatMap((r) => r.scores.map((s) => ({ entryId: r.entryId, jurorId: r.jurorId, criterionId: s.criterionId, value: s.value })));
}

export async function consensusOf(db: Queryable, challengeId: string): Promise<ConsensusRow[]> {
  return (await db.query(
    `SELECT entry_id AS "entryId", criterion_id AS "criterionId", value, justification, recorded_by AS "recordedBy", recorded_at AS "recordedAt"
       FROM jury_consensus WHERE challenge_id = $1 ORDER BY entry_id, criterion_id`,
    [challengeId],
  )) as ConsensusRow[];
}

/** The consensus scores of some entries of a challenge (as `consensusOf`). */
export async function consensusOfEntries(db: Queryable, challengeId: string, entryIds: readonly string[]): Promise<ConsensusRow[]> {
  if (entryIds.length === 0) return [];
  return (await db.query(
    `SELECT entry_id AS "entryId", criterion_id AS "criterionId", value, justification, recorded_by AS "recordedBy", recorded_at AS "recordedAt"
       FROM jury_consensus WHERE challenge_id = $1 AND entry_id = ANY($2::uuid[]) ORDER BY entry_id, criterion_id`,
    [challengeId, entryIds],
  )) as ConsensusRow[];
}

/** The method is locked by the first score anyone saved, draft or submitted. */
export async function anyScoreExists(db: Queryable, challengeId: string): Promise<boolean> {
  const rows = (await db.query(`SELECT 1 FROM jury_review WHERE challenge_id = $1 AND jsonb_array_length(scores) > 0 LIMIT 1`, [challengeId])) as unknown[];
  return rows.length > 0;
}

/** Entries assigned to the juror whose review is not yet submitted. */
export async function unsubmittedEntries(db: Queryable, challengeId: string, jurorId: string): Promise<Set<string>> {
  const rows = (await db.query(
    `SELECT a.entry_id AS "entryId" FROM jury_assignment a LEFT JOIN jury_review r ON r.entry_id = a.entry_id AND r.juror_id = a.juror_id
      WHERE a.challenge_id = $1 AND a.juror_id = $2 AND r.status IS DISTINCT FROM 'submitted'`,
    [challengeId, jurorId],
  )) as { entryId: string }[];
  return new Set(rows.map((r) => r.entryId));
}
