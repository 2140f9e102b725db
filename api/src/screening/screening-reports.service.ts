import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { jobIds } from '@fairpitch/shared/common';
import { AppError } from '../common/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ChallengeAccess } from '../challenges/challenge-access.service.js';
import { EntriesService } from '../submissions/entries.service.js';
import { EntryAccess } from '../submissions/entry-access.service.js';
import { ScreeningBatchReads } from './screening-batch-reads.service.js';
import { type PendingJob, pendingView, reportView } from './screening-report-view.js';
import { ScreeningReviewService } from './screening-review.service.js';
import { ScreeningService } from './screening.service.js';

/** Reading a report: the team after opening, jurors beside the entry, the company after the screening phase. */
@Injectable()
export class ScreeningReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly screening: ScreeningService,
    private readonly review: ScreeningReviewService,
    private readonly entries: EntriesService,
    private readonly entryAccess: EntryAccess,
    private readonly challengeAccess: ChallengeAccess,
    private readonly batch: ScreeningBatchReads,
  ) {}

  async forEntry(actor: AuthUser, entryId: string) {
    const entry = await this.entries.findOrFail(entryId);
    const reader = await this.entryAccess.requireReader(actor, entry);
    if (reader === 'company' && !(await this.review.companyMaySee(entry.challengeId))) throw AppError.forbidden('screening.not-yet-visible');
    const report = await this.screening.currentReport(entryId);
    if (!report) {
      const [job] = (await this.dataSource.query(
        `SELECT state, error FROM screening_job WHERE entry_id = $1 AND revision = $2 ORDER BY created_at DESC LIMIT 1`,
        [entryId, entry.currentRevision],
      )) as PendingJob[];
      return pendingView(entryId, entry.currentRevision, job, reader !== 'company');
    }
    const [job] = (await this.dataSource.query(`SELECT state FROM screening_job WHERE job_id = $1`, [
      jobIds.screenEntry({ entryId, revisionHash: report.revisionHash, rulesetVersion: report.rulesetVersion }),
    ])) as { state: string }[];
    return reportView(report, {
      status: job?.state ?? 'done',
      decisions: await this.review.decisionsOf(report.id),
      responses: await this.review.responsesOf(report.id),
      identityLeakDecision: reader === 'company' ? null : await this.review.identityLeakDecisionOf(entryId, report.revision),
    });
  }

  /**
   * What `forEntry` answers the team for each submitted entry of the challenge, in label order,
   * in the same number of queries whatever the number of entries (a page lists them all).
   */
  async forChallenge(actor: AuthUser, challengeId: string) {
    await this.challengeAccess.requireOrganiser(actor, challengeId);
    if (!(await this.entryAccess.isOpened(challengeId))) throw AppError.forbidden('entry.sealed');
    const entries = (await this.entries.openedEntrySummaries(challengeId)).filter((e) => e.status === 'submitted');
    const reports = await this.batch.currentReportsOf(entries.map((e) => e.id));
    const reported = [...reports.values()];
    const pending = entries.filter((e) => !reports.has(e.id)).map((e) => ({ entryId: e.id, revision: e.revision }));
    const [states, jobs, leaks] = await Promise.all([this.batch.jobStatesOf(reported), this.batch.latestJobsOf(challengeId, pending), this.batch.identityLeakDecisionsOf(reported)]);
    return entries.map((e) => {
      const report = reports.get(e.id);
      if (!report) return pendingView(e.id, e.revision, jobs.get(e.id), true);
      const { decisions, responses } = report;
      return reportView(report, { status: states.get(e.id) ?? 'done', decisions, responses, identityLeakDecision: leaks.get(e.id) ?? null });
    });
  }

  /** Every report an entry has had (earlier rulesets and revisions are kept). */
  async history(actor: AuthUser, entryId: string) {
    const entry = await this.entries.findOrFail(entryId);
    const reader = await this.entryAccess.requireReader(actor, entry);
    if (reader === 'company') throw AppError.forbidden();
    return (await this.dataSource.query(
      `SELECT id, revision, ruleset_version AS "rulesetVersion", input_hash AS "inputHash", areas, created_at AS "createdAt"
         FROM screening_report WHERE entry_id = $1 ORDER BY created_at`,
      [entryId],
    )) as Record<string, unknown>[];
  }
}
