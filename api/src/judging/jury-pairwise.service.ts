import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  CROWD_BT_ALPHA_PRIOR,
  CROWD_BT_ASSIGNMENT_TIMEOUT_MS,
  CROWD_BT_BETA_PRIOR,
  type CrowdBtState,
  chooseNextPair,
  createCrowdBtState,
  recordComparison,
  recordView,
  seededRandom,
} from '@fairpitch/shared/judging';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Challenge } from '../challenges/challenge.entity.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { type JudgedEntry, JudgedEntries } from './judged-entries.service.js';
import { JuryAccess, requireScoringState } from './jury-access.service.js';
import { JuryConflicts } from './jury-conflicts.service.js';
import { JuryPanels, type PanelSettings } from './jury-panels.service.js';
import { decisionExists, lockJury } from './jury-state.js';
import { JurorViews, entryName } from './juror-views.service.js';

interface PairRow {
  previousId: string;
  nextId: string;
  reason: string;
  assignedAt: Date;
}

/**
 * Pairwise judging for hackathon expos (CrowdBT, as Gavel does it): a juror is sent to the entry
 * that teaches the most against the one they saw last and answers which of the two was better.
 * The state is one JSON document per challenge, changed under the jury lock; every answer is
 * kept and audited, so the ranking can be recomputed from the comparisons.
 */
@Injectable()
export class JuryPairwise {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jury: JuryAccess,
    private readonly panels: JuryPanels,
    private readonly conflicts: JuryConflicts,
    private readonly entries: JudgedEntries,
    private readonly views: JurorViews,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async stateOf(challengeId: string, manager: Pick<EntityManager, 'query'> = this.dataSource): Promise<CrowdBtState | null> {
    const [row] = (await manager.query(`SELECT state FROM jury_pairwise WHERE challenge_id = $1`, [challengeId])) as { state: CrowdBtState }[];
    return row?.state ?? null;
  }

  async next(actor: AuthUser, challengeId: string) {
    const { challenge, panel, admissible } = await this.requirePairwiseJuror(actor, challengeId);
    const blocked = await this.conflictedEntries(challengeId, actor.id);
    const pair = await this.dataSource.transaction(async (manager) => {
      await lockJury(manager, challengeId);
      if (await decisionExists(manager, challengeId)) throw AppError.conflict('jury.scores-locked');
      let state = await this.loadState(manager, challengeId, admissible);
      state = withJuror(state, actor.id, blocked);
      const now = this.clock.now();
      const since = new Date(now.getTime() - CROWD_BT_ASSIGNMENT_TIMEOUT_MS);
      const current = await this.currentPair(manager, challengeId, actor.id);
      // A pair handed out before the juror declared a conflict with one of its entries is taken back.
      if (current && current.assignedAt >= since && !touches(current, blocked)) return current;
      const busyRows = (await manager.query(`SELECT next_id AS id FROM jury_pairwise_assignment WHERE challenge_id = $1 AND juror_id <> $2 AND assigned_at >= $3`, [
        challengeId,
        actor.id,
        since,
      ])) as { id: string }[];
      const [{ n }] = (await manager.query(`SELECT count(*)::int AS n FROM jury_comparison WHERE challenge_id = $1 AND juror_id = $2`, [challengeId, actor.id])) as { n: number }[];
      // Seeded by challenge, juror and progress, so each draw can be replayed from the record.
      const choice = chooseNextPair(state, actor.id, seededRandom(`${challengeId}:${actor.id}:${n}:${state.jurors[actor.id]!.seen.length}`), {
        busy: new Set(busyRows.map((r) => r.id)),
      });
      if (!choice) {
        await manager.query(`DELETE FROM jury_pairwise_assignment WHERE challenge_id = $1 AND juror_id = $2`, [challengeId, actor.id]);
        await this.saveState(manager, challengeId, state);
        return null;
      }
      if (state.jurors[actor.id]!.previous !== choice.previous) state = recordView(state, actor.id, choice.previous);
      await manager.query(
        `INSERT INTO jury_pairwise_assignment (challenge_id, juror_id, previous_id, next_id, reason, assigned_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (challenge_id, juror_id) DO UPDATE SET previous_id = EXCLUDED.previous_id, next_id = EXCLUDED.next_id, reason = EXCLUDED.reason, assigned_at = EXCLUDED.assigned_at`,
        [challengeId, actor.id, choice.previous, choice.next, choice.reason, now],
      );
      await this.saveState(manager, challengeId, state);
      return { previousId: choice.previous, nextId: choice.next, reason: choice.reason, assignedAt: now };
    });
    if (!pair) return { challengeId, pair: null };
    const byId = new Map(admissible.map((e) => [e.entryId, e]));
    return {
      challengeId,
      pair: {
        previous: await this.lite(byId.get(pair.previousId)!, panel),
        next: await this.lite(byId.get(pair.nextId)!, panel),
        reason: pair.reason,
        assignedAt: pair.assignedAt.toISOString(),
        expiresAt: new Date(pair.assignedAt.getTime() + CROWD_BT_ASSIGNMENT_TIMEOUT_MS).toISOString(),
      },
      challengeStatus: challenge.status,
    };
  }

  async compare(actor: AuthUser, challengeId: string, input: { winner: string; loser: string }) {
    await this.requirePairwiseJuror(actor, challengeId);
    const blocked = await this.conflictedEntries(challengeId, actor.id);
    return this.dataSource.transaction(async (manager) => {
      await lockJury(manager, challengeId);
      if (await decisionExists(manager, challengeId)) throw AppError.conflict('jury.scores-locked');
      const current = await this.currentPair(manager, challengeId, actor.id);
      if (!current) throw AppError.conflict('jury.no-pair-assigned');
      // A conflicted juror judges nothing of that company, not even a pair drawn before they said so.
      if (touches(current, blocked)) throw AppError.notFound('jury.entry-not-found');
      const given = new Set([current.previousId, current.nextId]);
      if (input.winner === input.loser || !given.has(input.winner) || !given.has(input.loser)) {
        throw AppError.validation([{ path: 'winner', code: 'jury.pair-mismatch' }]);
      }
      const state = recordComparison((await this.stateOf(challengeId, manager))!, { jurorId: actor.id, winnerId: input.winner, loserId: input.loser });
      await this.saveState(manager, challengeId, state, 1);
      const now = this.clock.now();
      await manager.query(`INSERT INTO jury_comparison (challenge_id, juror_id, winner_id, loser_id, compared_at) VALUES ($1, $2, $3, $4, $5)`, [
        challengeId,
        actor.id,
        input.winner,
        input.loser,
        now,
      ]);
      await manager.query(`DELETE FROM jury_pairwise_assignment WHERE challenge_id = $1 AND juror_id = $2`, [challengeId, actor.id]);
      await this.audit.record(
        { action: 'jury.pairwise_compared', actorId: actor.id, subjectType: 'challenge', subjectId: challengeId, data: { jurorId: actor.id, winner: input.winner, loser: input.loser, reason: current.reason } },
        manager,
      );
      const [{ n }] = (await manager.query(`SELECT count(*)::int AS n FROM jury_comparison WHERE challenge_id = $1 AND juror_id = $2`, [challengeId, actor.id])) as { n: number }[];
      return { challengeId, recorded: true, myComparisons: n };
    });
  }

  private async requirePairwiseJuror(actor: AuthUser, challengeId: string): Promise<{ challenge: Challenge; panel: PanelSettings; admissible: JudgedEntry[] }> {
    const challenge = await this.jury.requireJuror(actor, challengeId);
    const panel = await this.panels.settingsOf(challenge);
    if (panel.judgingMode !== 'pairwise') throw AppError.conflict('jury.rubric-mode');
    requireScoringState(challenge);
    const companies = await this.conflicts.companies(challengeId);
    if (!(await this.conflicts.declaredJurors(challengeId, companies)).has(actor.id)) throw AppError.forbidden('jury.declarations-missing');
    return { challenge, panel, admissible: (await this.entries.roster(challengeId)).admissible };
  }

  private async conflictedEntries(challengeId: string, jurorId: string): Promise<string[]> {
    const companies = new Map((await this.conflicts.companies(challengeId)).map((c) => [c.companyId, c.entryIds]));
    return (await this.conflicts.conflicted(challengeId)).filter((p) => p.jurorId === jurorId).flatMap((p) => companies.get(p.companyId) ?? []);
  }

  /** The stored state, or a new one over the admissible entries; created once, under the lock. */
  private async loadState(manager: EntityManager, challengeId: string, admissible: JudgedEntry[]): Promise<CrowdBtState> {
    const stored = await this.stateOf(challengeId, manager);
    if (stored) return stored;
    const state = createCrowdBtState(
      admissible.map((e) => e.entryId),
      [],
    );
    await manager.query(`INSERT INTO jury_pairwise (challenge_id, state, updated_at) VALUES ($1, $2, $3)`, [challengeId, JSON.stringify(state), this.clock.now()]);
    await this.audit.record(
      { action: 'jury.pairwise_started', subjectType: 'challenge', subjectId: challengeId, data: { entryIds: Object.keys(state.entries) } },
      manager,
    );
    return state;
  }

  private async saveState(manager: EntityManager, challengeId: string, state: CrowdBtState, comparisons = 0): Promise<void> {
    await manager.query(`UPDATE jury_pairwise SET state = $2, comparisons = comparisons + $3, updated_at = $4 WHERE challenge_id = $1`, [
      challengeId,
      JSON.stringify(state),
      comparisons,
      this.clock.now(),
    ]);
  }

  private async currentPair(manager: EntityManager, challengeId: string, jurorId: string): Promise<PairRow | null> {
    const [row] = (await manager.query(
      `SELECT previous_id AS "previousId", next_id AS "nextId", reason, assigned_at AS "assignedAt" FROM jury_pairwise_assignment WHERE challenge_id = $1 AND juror_id = $2`,
      [challengeId, jurorId],
    )) as PairRow[];
    return row ?? null;
  }

  private async lite(entry: JudgedEntry, panel: PanelSettings) {
    const solution = entry.content.solution as { title?: unknown; summary?: unknown } | undefined;
    const view = {
      entryId: entry.entryId,
      label: entry.label,
      displayName: panel.blind ? entryName(entry) : entry.companyName,
      title: typeof solution?.title === 'string' ? solution.title : '',
      summary: typeof solution?.summary === 'string' ? solution.summary : '',
    };
    return panel.blind ? (await this.views.redactorFor(entry))(view) : view;
  }
}

function touches(pair: PairRow, entryIds: readonly string[]): boolean {
  return entryIds.includes(pair.previousId) || entryIds.includes(pair.nextId);
}

/** Adds a juror who joined after the round began, and keeps their conflicted entries out of their pairs. */
function withJuror(state: CrowdBtState, jurorId: string, blocked: readonly string[]): CrowdBtState {
  const juror = state.jurors[jurorId] ?? { alpha: CROWD_BT_ALPHA_PRIOR, beta: CROWD_BT_BETA_PRIOR, previous: null, seen: [] };
  const known = blocked.filter((id) => state.entries[id]);
  const seen = [...juror.seen, ...known.filter((id) => !juror.seen.includes(id))];
  const previous = juror.previous && known.includes(juror.previous) ? null : juror.previous;
  return { ...state, jurors: { ...state.jurors, [jurorId]: { ...juror, seen, previous } } };
}
