import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { submissionDeadline } from '@fairpitch/shared/challenges';
import { isOnTime, transitionEntry } from '@fairpitch/shared/submissions';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Challenge } from '../challenges/challenge.entity.js';
import { ChallengesService } from '../challenges/challenges.service.js';
import { phaseViews } from '../challenges/challenge-views.js';
import { EntryAccess } from './entry-access.service.js';
import { Entry } from './entry.entity.js';
import { SUBMISSION_CLOSED } from './submit-entry.use-case.js';

/** A company may withdraw its submitted entry until the deadline; its revisions are kept. */
@Injectable()
export class WithdrawEntry {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EntryAccess,
    private readonly challenges: ChallengesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async execute(actor: AuthUser, entryId: string) {
    const found = await this.dataSource.getRepository(Entry).findOne({ where: { id: entryId } });
    if (!found) throw AppError.notFound('entry.not_found');
    await this.access.requireCompanyMember(actor, found);
    return this.dataSource.transaction(async (manager) => {
      const entry = await manager.findOneOrFail(Entry, { where: { id: entryId }, lock: { mode: 'pessimistic_write' } });
      const challenge = await manager.findOneOrFail(Challenge, { where: { id: entry.challengeId } });
      const deadline = submissionDeadline(phaseViews(await this.challenges.phasesOf(challenge.id, manager)));
      if (deadline && !isOnTime(this.clock.now(), deadline, challenge.submissionGraceSeconds)) throw AppError.conflict('entry.late');
      if (SUBMISSION_CLOSED.has(challenge.status)) throw AppError.conflict('entry.closed');
      const transition = transitionEntry(entry.status, 'withdraw');
      if (!transition.ok) throw AppError.conflict(transition.code);
      const withdrawnAt = this.clock.now();
      await manager.update(Entry, { id: entryId }, { status: 'withdrawn', withdrawnAt });
      await this.audit.record({ action: 'entry.withdrawn', actorId: actor.id, subjectType: 'entry', subjectId: entryId, data: { revision: entry.currentRevision } }, manager);
      return { id: entryId, status: 'withdrawn' as const, withdrawnAt: withdrawnAt.toISOString() };
    });
  }
}
