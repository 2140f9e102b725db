import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type EvaluationMethod, canPublish, evaluationMethodHash, validateEvaluationMethod } from '@fairpitch/shared/challenges';
import { AppError } from '../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ChallengeAccess } from './challenge-access.service.js';
import { toDraft } from './challenge-draft.js';
import { Challenge } from './challenge.entity.js';
import { ChallengeLifecycle } from './challenge-lifecycle.service.js';
import { ChallengePhase } from './challenge-phase.entity.js';
import { ScreeningRuleCatalogue } from './screening-rule-catalogue.js';

/**
 * Publishing freezes the evaluation method (udbudsloven §§ 160, 165): the method is stored in its
 * validated form and its SHA-256 is recorded, shown to everyone and written to the audit trail.
 */
@Injectable()
export class PublishChallenge {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChallengeAccess,
    private readonly lifecycle: ChallengeLifecycle,
    private readonly audit: AuditService,
    private readonly rules: ScreeningRuleCatalogue,
    private readonly clock: Clock,
  ) {}

  async execute(actor: AuthUser, challengeId: string): Promise<{ methodHash: string | null; status: string }> {
    await this.access.requireOrganiser(actor, challengeId);
    return this.dataSource.transaction(async (manager) => {
      const challenge = await manager.findOne(Challenge, { where: { id: challengeId }, lock: { mode: 'pessimistic_write' } });
      if (!challenge) throw AppError.notFound('challenge.not_found');
      if (challenge.status !== 'draft') throw new AppError('lifecycle.not-allowed', 409, { from: challenge.status, to: 'published' });
      const phases = await manager.find(ChallengePhase, { where: { challengeId } });
      const now = this.clock.now();
      const problems = canPublish(toDraft(challenge, phases), { now, knownScreeningRules: this.rules.ids() });
      if (problems.length) throw AppError.validation(problems.map((p) => ({ path: p.path, code: p.code })));

      let methodHash: string | null = null;
      if (challenge.evaluationMethod) {
        const parsed = validateEvaluationMethod(challenge.evaluationMethod);
        if (!parsed.ok) throw AppError.validation(parsed.issues.map((p) => ({ path: `evaluationMethod.${p.path}`, code: p.code })));
        challenge.evaluationMethod = parsed.method as EvaluationMethod;
        methodHash = evaluationMethodHash(parsed.method);
      }
      await manager.update(Challenge, { id: challengeId }, { evaluationMethod: challenge.evaluationMethod, methodHash, publishedAt: now });
      challenge.methodHash = methodHash;
      challenge.publishedAt = now;
      await this.lifecycle.transition(manager, challenge, 'published', actor.id);
      await this.audit.record(
        { action: 'challenge.published', actorId: actor.id, subjectType: 'challenge', subjectId: challengeId, data: { methodHash } },
        manager,
      );
      // A submission phase that has already begun opens at once.
      await this.lifecycle.advance(manager, challenge, now);
      return { methodHash, status: challenge.status };
    });
  }
}
