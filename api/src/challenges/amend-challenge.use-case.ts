import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  type AmendmentInput,
  type EvaluationMethod,
  canPublish,
  evaluationMethodHash,
  validateEvaluationMethod,
} from '@fairpitch/shared/challenges';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Amendment } from './amendment.entity.js';
import { ChallengeAccess } from './challenge-access.service.js';
import { applyUpdate, toDraft } from './challenge-draft.js';
import { Challenge } from './challenge.entity.js';
import { ChallengeNotices } from './challenge-notices.service.js';
import { ChallengePhase } from './challenge-phase.entity.js';
import { ChallengesService } from './challenges.service.js';
import { amendmentView } from './challenge-views.js';
import { MethodLocks } from './method-locks.js';
import { ScreeningRuleCatalogue } from './screening-rule-catalogue.js';

const AMENDABLE = new Set(['published', 'submission-open', 'submission-closed', 'evaluation']);
/** Phases move only while submission is still open: closed is never reopened (the entries may already be opened). */
const PHASES_AMENDABLE = new Set(['published', 'submission-open']);

/**
 * The only way a published challenge changes: a numbered amendment with a reason, visible to
 * everyone and mailed to every registered company. A deadline can only be moved this way, so it
 * moves for everyone at once.
 */
@Injectable()
export class AmendChallenge {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChallengeAccess,
    private readonly challenges: ChallengesService,
    private readonly notices: ChallengeNotices,
    private readonly audit: AuditService,
    private readonly locks: MethodLocks,
    private readonly rules: ScreeningRuleCatalogue,
    private readonly clock: Clock,
  ) {}

  async execute(actor: AuthUser, challengeId: string, input: AmendmentInput) {
    await this.access.requireOrganiser(actor, challengeId);
    return this.dataSource.transaction(async (manager) => {
      const challenge = await manager.findOne(Challenge, { where: { id: challengeId }, lock: { mode: 'pessimistic_write' } });
      if (!challenge) throw AppError.notFound('challenge.not_found');
      if (!AMENDABLE.has(challenge.status)) throw AppError.conflict('amendment.not-amendable', { status: challenge.status });
      const hashBefore = challenge.methodHash;
      const { phases } = applyUpdate(challenge, input.changes);
      const phaseRows = await manager.find(ChallengePhase, { where: { challengeId } });
      const draft = toDraft(challenge, phaseRows);
      if (phases) draft.phases = phases;

      if (phases && !PHASES_AMENDABLE.has(challenge.status)) throw AppError.conflict('amendment.phases-after-close', { status: challenge.status });
      // A changed deadline must still lie ahead; other amendments may come after it.
      const now = this.clock.now();
      const problems = canPublish(draft, { knownScreeningRules: this.rules.ids(), ...(phases ? { now } : {}) });
      if (problems.length) throw AppError.validation(problems.map((p) => ({ path: `changes.${p.path}`, code: p.code })));

      let hashAfter = hashBefore;
      if (challenge.evaluationMethod) {
        const parsed = validateEvaluationMethod(challenge.evaluationMethod);
        if (!parsed.ok) throw AppError.validation(parsed.issues.map((p) => ({ path: `changes.evaluationMethod.${p.path}`, code: p.code })));
        challenge.evaluationMethod = parsed.method as EvaluationMethod;
        hashAfter = evaluationMethodHash(parsed.method);
      }
      if (hashAfter !== hashBefore && (await this.locks.isLocked(challengeId, manager))) {
        throw AppError.conflict('challenge.method-locked-by-scores');
      }
      challenge.methodHash = hashAfter;
      await manager.save(Challenge, challenge);
      if (phases) await this.challenges.replacePhases(manager, challengeId, phases);

      const [{ next }] = (await manager.query(`SELECT coalesce(max(number), 0) + 1 AS next FROM challenge_amendment WHERE challenge_id = $1`, [challengeId])) as { next: number }[];
      const amendment = await manager.save(
        Amendment,
        manager.create(Amendment, {
          challengeId,
          number: next,
          reason: input.reason,
          changes: JSON.parse(JSON.stringify(input.changes)) as Record<string, unknown>,
          methodHashBefore: hashBefore,
          methodHashAfter: hashAfter,
          publishedAt: now,
          publishedBy: actor.id,
        }),
      );
      await this.audit.record(
        {
          action: 'challenge.amended',
          actorId: actor.id,
          subjectType: 'challenge',
          subjectId: challengeId,
          data: { number: amendment.number, fields: Object.keys(input.changes).sort(), methodHashBefore: hashBefore, methodHashAfter: hashAfter },
        },
        manager,
      );
      const notified = await this.notices.notifyRegistered(manager, challenge, 'amendment', {
        da: `Udfordringen er ændret (ændring nr. ${amendment.number}). Begrundelse: ${input.reason}`,
        en: `The challenge has been amended (amendment no. ${amendment.number}). Reason: ${input.reason}`,
      });
      return { ...amendmentView(amendment), notifiedRecipients: notified };
    });
  }
}
