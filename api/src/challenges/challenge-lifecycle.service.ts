import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type ChallengeState, assertTransition, submissionPhase } from '@fairpitch/shared/challenges';
import { effectiveDeadline } from '@fairpitch/shared/submissions';
import { AppError } from '../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Challenge } from './challenge.entity.js';
import { ChallengeAccess } from './challenge-access.service.js';
import { ChallengePhase } from './challenge-phase.entity.js';
import { phaseViews } from './challenge-views.js';

export type TransitionHook = (challenge: Challenge, to: ChallengeState, manager: EntityManager) => Promise<void>;

/** Moves challenges through their lifecycle, by an organiser's hand or by the clock; every step is audited. */
@Injectable()
export class ChallengeLifecycle {
  private readonly hooks: TransitionHook[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChallengeAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Other areas add checks or effects here (e.g. entries open when submission closes). */
  onTransition(hook: TransitionHook): void {
    this.hooks.push(hook);
  }

  async transition(manager: EntityManager, challenge: Challenge, to: ChallengeState, actorId: string | null, reason?: string): Promise<void> {
    const check = assertTransition(challenge.status, to);
    if (!check.ok) throw new AppError(check.code, 409, { from: challenge.status, to });
    for (const hook of this.hooks) await hook(challenge, to, manager);
    const from = challenge.status;
    const changes: Partial<Challenge> = { status: to };
    if (to === 'decided') changes.decidedAt = this.clock.now();
    await manager.update(Challenge, { id: challenge.id }, changes);
    Object.assign(challenge, changes);
    await this.audit.record(
      { action: 'challenge.status_changed', actorId, subjectType: 'challenge', subjectId: challenge.id, data: { from, to, reason: reason ?? null } },
      manager,
    );
  }

  /** An organiser's explicit step, e.g. cancel, close early for a market dialogue, start evaluation. */
  async transitionByOrganiser(actor: AuthUser, challengeId: string, to: ChallengeState, reason?: string): Promise<Challenge> {
    await this.access.requireOrganiser(actor, challengeId);
    return this.dataSource.transaction(async (manager) => {
      const challenge = await manager.findOneOrFail(Challenge, { where: { id: challengeId }, lock: { mode: 'pessimistic_write' } });
      if (to === 'published') throw new AppError('lifecycle.use-publish', 409);
      if (to === 'submission-closed') await this.requireDeadlinePassed(manager, challenge);
      await this.transition(manager, challenge, to, actor.id, reason);
      return challenge;
    });
  }

  /**
   * Closing submission opens the entries, so it never comes before the published deadline (and
   * grace period) while firms may still be working to it; only a market dialogue, which takes no
   * entries, may close early.
   */
  private async requireDeadlinePassed(manager: EntityManager, challenge: Challenge): Promise<void> {
    if (challenge.type === 'market-dialogue') return;
    const submission = submissionPhase(phaseViews(await manager.find(ChallengePhase, { where: { challengeId: challenge.id } })));
    if (!submission) return;
    const closes = effectiveDeadline(new Date(submission.endsAt), challenge.submissionGraceSeconds);
    if (this.clock.now().getTime() < closes.getTime()) throw AppError.conflict('lifecycle.closes-at-deadline', { deadline: closes.toISOString() });
  }

  /** What the clock says the status should be now: submission opens and closes with its phase. */
  clockTarget(challenge: Challenge, phases: ChallengePhase[], now: Date): ChallengeState | null {
    const submission = submissionPhase(phaseViews(phases));
    if (!submission) return null;
    const opens = new Date(submission.startsAt).getTime();
    const closes = effectiveDeadline(new Date(submission.endsAt), challenge.submissionGraceSeconds).getTime();
    const t = now.getTime();
    if (challenge.status === 'published' && t >= opens) return t >= closes ? 'submission-closed' : 'submission-open';
    if (challenge.status === 'submission-open' && t >= closes) return 'submission-closed';
    return null;
  }

  /** Applies the clock to one challenge inside a transaction; returns true when it moved. */
  async advance(manager: EntityManager, challenge: Challenge, now: Date): Promise<boolean> {
    const phases = await manager.find(ChallengePhase, { where: { challengeId: challenge.id } });
    let moved = false;
    for (let target = this.clockTarget(challenge, phases, now); target; target = this.clockTarget(challenge, phases, now)) {
      // published → closed passes through open, so each step is recorded.
      const step: ChallengeState = challenge.status === 'published' ? 'submission-open' : target;
      await this.transition(manager, challenge, step, null, 'clock');
      moved = true;
    }
    return moved;
  }

  /** Run by the worker every few seconds. */
  async advanceAllByClock(now = this.clock.now()): Promise<number> {
    const ids = (await this.dataSource.query(`SELECT id FROM challenge WHERE status IN ('published', 'submission-open')`)) as { id: string }[];
    let moved = 0;
    for (const { id } of ids) {
      const changed = await this.dataSource.transaction(async (manager) => {
        const challenge = await manager.findOne(Challenge, { where: { id }, lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' } });
        return challenge ? this.advance(manager, challenge, now) : false;
      });
      if (changed) moved += 1;
    }
    return moved;
  }
}
