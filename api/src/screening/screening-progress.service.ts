import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ChallengeAccess } from '../challenges/challenge-access.service.js';
import { EntryAccess } from '../submissions/entry-access.service.js';
import { ScreeningService } from './screening.service.js';

/** Progress of a challenge's screening, and re-runs in bulk (after a ruleset change or on request). */
@Injectable()
export class ScreeningProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly screening: ScreeningService,
    private readonly challengeAccess: ChallengeAccess,
    private readonly entryAccess: EntryAccess,
    private readonly audit: AuditService,
  ) {}

  async progress(actor: AuthUser, challengeId: string) {
    await this.challengeAccess.requireOrganiser(actor, challengeId);
    const rows = (await this.dataSource.query(
      `SELECT state, count(*)::int AS n FROM screening_job WHERE challenge_id = $1 AND ruleset_version = $2 GROUP BY state`,
      [challengeId, this.screening.ruleset.version],
    )) as { state: 'queued' | 'running' | 'done' | 'failed'; n: number }[];
    const counts = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const row of rows) counts[row.state] = row.n;
    const failed = (await this.dataSource.query(
      `SELECT job_id AS "jobId", entry_id AS "entryId", revision, attempts, error, updated_at AS "updatedAt" FROM screening_job
        WHERE challenge_id = $1 AND state = 'failed' ORDER BY updated_at DESC LIMIT 100`,
      [challengeId],
    )) as Record<string, unknown>[];
    return { challengeId, rulesetVersion: this.screening.ruleset.version, ...counts, total: counts.queued + counts.running + counts.done + counts.failed, failedJobs: failed };
  }

  /**
   * Queues every submitted entry's counting revision under the ruleset in force. Entries already
   * screened under it are left alone (their report would be the same); failed jobs run again.
   * Earlier reports are kept.
   */
  async rerun(actor: AuthUser, challengeId: string) {
    await this.challengeAccess.requireOrganiser(actor, challengeId);
    if (!(await this.entryAccess.isOpened(challengeId))) throw AppError.forbidden('entry.sealed');
    const entries = (await this.dataSource.query(
      `SELECT e.id AS "entryId", e.current_revision AS revision, r.receipt_hash AS "revisionHash"
         FROM entry e JOIN entry_revision r ON r.entry_id = e.id AND r.revision = e.current_revision
        WHERE e.challenge_id = $1 AND e.status = 'submitted' ORDER BY e.label`,
      [challengeId],
    )) as { entryId: string; revision: number; revisionHash: string }[];
    const queued = await this.dataSource.transaction(async (manager) => {
      let count = 0;
      for (const entry of entries) if (await this.screening.enqueue(manager, { challengeId, ...entry }, true)) count += 1;
      await this.audit.record(
        { action: 'screening.rerun_requested', actorId: actor.id, subjectType: 'challenge', subjectId: challengeId, data: { rulesetVersion: this.screening.ruleset.version, queued: count } },
        manager,
      );
      return count;
    });
    return { challengeId, rulesetVersion: this.screening.ruleset.version, entries: entries.length, queued };
  }
}
