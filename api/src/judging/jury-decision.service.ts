import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hashCanonical } from '@fairpitch/shared/common';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ChallengeLifecycle } from '../challenges/challenge-lifecycle.service.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { JuryAccess } from './jury-access.service.js';
import type { DecisionInput } from './jury.dto.js';
import { JuryResults, type RankingView } from './jury-results.service.js';
import { decisionExists, lockJury } from './jury-state.js';

/**
 * Days of standstill after a decision that leads to a purchase, before a contract may be signed.
 * A default (udbudsloven's 10 calendar days for electronic notice); an organiser may give another
 * number with the decision.
 */
export const DEFAULT_STANDSTILL_DAYS = 10;
const DAY_MS = 86_400_000;
const DECIDABLE = new Set(['submission-closed', 'evaluation']);

export interface DecisionRow {
  winners: string[];
  award: DecisionInput['award'];
  reasons: string;
  ranking: RankingView;
  rankingHash: string;
  methodHash: string | null;
  standstillEndsAt: Date | null;
  decidedBy: string | null;
  decidedAt: Date;
}

/**
 * What an export lists of an entry of judging's ranking (rubric or pairwise), as computed or as
 * stored with the decision (see RankedEntry).
 */
export interface RankedEntrySummary {
  entryId: string;
  rank: number;
  tied: boolean;
  total: number;
  belowThreshold: boolean;
  byCriterion: Record<string, { used?: number | null } | undefined>;
  screening?: Partial<Record<string, number | null>> | null;
  pricePoints?: number | null;
}

/**
 * The organiser finalises the ranking: the scores lock (a database trigger refuses any later
 * write), the winners and the award are recorded with the ranking snapshot and the method's hash,
 * and the challenge moves to "decided".
 */
@Injectable()
export class JuryDecision {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jury: JuryAccess,
    private readonly results: JuryResults,
    private readonly lifecycle: ChallengeLifecycle,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async decide(actor: AuthUser, challengeId: string, input: DecisionInput) {
    const challenge = await this.jury.requireOrganiser(actor, challengeId);
    if (await decisionExists(this.dataSource, challengeId)) throw AppError.conflict('jury.already-decided');
    if (!DECIDABLE.has(challenge.status)) throw AppError.conflict('jury.not-evaluating', { status: challenge.status });
    const decidedAt = this.clock.now();
    const standstillDays = input.standstillDays ?? DEFAULT_STANDSTILL_DAYS;
    const standstillEndsAt = challenge.leadsToPurchase ? new Date(decidedAt.getTime() + standstillDays * DAY_MS) : null;
    // The ranking is computed before the transaction (its reads use their own connections);
    // under the jury lock we then check that no score or consensus changed in between.
    const before = await scoringFingerprint(this.dataSource, challengeId);
    const ranking = { ...(await this.results.compute(challenge)), final: true };
    await this.dataSource.transaction(async (manager) => {
      await lockJury(manager, challengeId);
      if (await decisionExists(manager, challengeId)) throw AppError.conflict('jury.already-decided');
      if ((await scoringFingerprint(manager, challengeId)) !== before) throw AppError.conflict('jury.scores-changed');
      // An entry below a published threshold cannot win, whatever its total.
      const ranked = new Map(ranking.entries.map((e) => [e.entryId, e]));
      const refused = input.winners.flatMap((id, i) => {
        const entry = ranked.get(id);
        if (!entry) return [{ path: `winners.${i}`, code: 'jury.winner-not-ranked' }];
        return entry.belowThreshold ? [{ path: `winners.${i}`, code: 'jury.winner-below-threshold' }] : [];
      });
      if (refused.length) throw AppError.validation(refused);
      const snapshot = JSON.parse(JSON.stringify(ranking)) as RankingView;
      const rankingHash = hashCanonical(snapshot);
      if (challenge.status === 'submission-closed') await this.lifecycle.transition(manager, challenge, 'evaluation', actor.id, 'decision');
      await manager.query(
        `INSERT INTO jury_decision (challenge_id, winners, award, reasons, ranking, ranking_hash, method_hash, standstill_ends_at, decided_by, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [challengeId, input.winners, JSON.stringify(input.award), input.reasons, JSON.stringify(snapshot), rankingHash, challenge.methodHash, standstillEndsAt, actor.id, decidedAt],
      );
      await this.lifecycle.transition(manager, challenge, 'decided', actor.id, input.reasons);
      await this.audit.record(
        {
          action: 'jury.decision_finalised',
          actorId: actor.id,
          subjectType: 'challenge',
          subjectId: challengeId,
          data: { winners: input.winners, reasons: input.reasons, rankingHash, methodHash: challenge.methodHash, standstillEndsAt: standstillEndsAt?.toISOString() ?? null, standstillDays },
        },
        manager,
      );
      await this.audit.record({ action: 'jury.award_granted', actorId: actor.id, subjectType: 'challenge', subjectId: challengeId, data: { winners: input.winners, award: input.award } }, manager);
    });
    return this.decision(actor, challengeId);
  }

  async decision(actor: AuthUser, challengeId: string) {
    await this.jury.requireOrganiser(actor, challengeId);
    const row = await this.find(challengeId);
    if (!row) throw AppError.notFound('jury.no-decision-yet');
    return {
      challengeId,
      winners: row.winners,
      award: row.award,
      reasons: row.reasons,
      rankingHash: row.rankingHash,
      methodHash: row.methodHash,
      decidedAt: row.decidedAt.toISOString(),
      standstillEndsAt: row.standstillEndsAt?.toISOString() ?? null,
    };
  }

  /** The decision without the ranking stored with it (which lists every entry), for readers of the outcome only. */
  async findOutcome(challengeId: string): Promise<Omit<DecisionRow, 'ranking'> | null> {
    const [row] = (await this.dataSource.query(
      `SELECT winners, award, reasons, ranking_hash AS "rankingHash", method_hash AS "methodHash", standstill_ends_at AS "standstillEndsAt",
              decided_by AS "decidedBy", decided_at AS "decidedAt"
         FROM jury_decision WHERE challenge_id = $1`,
      [challengeId],
    )) as Omit<DecisionRow, 'ranking'>[];
    return row ?? null;
  }

  /**
   * The entries of the ranking stored with the decision, each with only what an export lists of
   * it, or null before the decision. PostgreSQL picks them out of the stored ranking, which also
   * holds every criterion's statistics per entry: for 10,000 entries, reading and parsing all of
   * it was a quarter of an export's loading.
   */
  async findRankedEntries(challengeId: string): Promise<RankedEntrySummary[] | null> {
    const rows = (await this.dataSource.query(
      `SELECT e.entry AS entry
         FROM jury_decision d
         CROSS JOIN LATERAL (
           SELECT jsonb_build_object(
                    'entryId', x->'entryId', 'rank', x->'rank', 'tied', x->'tied', 'total', x->'total', 'belowThreshold', x->'belowThreshold',
                    'byCriterion', coalesce((SELECT jsonb_object_agg(c.key, jsonb_build_object('used', c.value->'used')) FROM jsonb_each(x->'byCriterion') AS c), '{}'::jsonb),
                    'screening', x->'screening', 'pricePoints', x->'pricePoints') AS entry
             FROM jsonb_array_elements(d.ranking->'entries') AS x
         ) AS e
        WHERE d.challenge_id = $1`,
      [challengeId],
    )) as { entry: RankedEntrySummary }[];
    if (rows.length > 0) return rows.map((row) => row.entry);
    return (await this.findOutcome(challengeId)) ? [] : null;
  }

  async find(challengeId: string): Promise<DecisionRow | null> {
    const [row] = (await this.dataSource.query(
      `SELECT winners, award, reasons, ranking, ranking_hash AS "rankingHash", method_hash AS "methodHash", standstill_ends_at AS "standstillEndsAt",
              decided_by AS "decidedBy", decided_at AS "decidedAt"
         FROM jury_decision WHERE challenge_id = $1`,
      [challengeId],
    )) as DecisionRow[];
    return row ?? null;
  }
}

/** A summary of every score and consensus of a challenge that changes whenever any of them does. */
async function scoringFingerprint(db: { query(sql: string, params: unknown[]): Promise<unknown> }, challengeId: string): Promise<string> {
  const [row] = (await db.query(
    `SELECT (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM jury_review WHERE challenge_id = $1) || '|' ||
            (SELECT count(*) || ':' || coalesce(max(recorded_at)::text, '') FROM jury_consensus WHERE challenge_id = $1) AS fingerprint`,
    [challengeId],
  )) as { fingerprint: string }[];
  return row!.fingerprint;
}
