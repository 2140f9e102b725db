import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { jobIds } from '@fairpitch/shared/common';
import { AppError } from '../common/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { EntriesService } from '../submissions/entries.service.js';
import { EntryAccess } from '../submissions/entry-access.service.js';
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
      )) as { state: string; error: string | null }[];
      return { entryId, revision: entry.currentRevision, status: job?.state ?? 'not-screened', error: reader === 'company' ? null : (job?.error ?? null) };
    }
    const [job] = (await this.dataSource.query(`SELECT state FROM screening_job WHERE job_id = $1`, [
      jobIds.screenEntry({ entryId, revisionHash: report.revisionHash, rulesetVersion: report.rulesetVersion }),
    ])) as { state: string }[];
    return {
      entryId,
      revision: report.revision,
      rulesetVersion: report.rulesetVersion,
      inputHash: report.inputHash,
      status: job?.state ?? 'done',
      createdAt: report.createdAt.toISOString(),
      areas: report.areas,
      findings: report.findings,
      mandatory: report.mandatory,
      decisions: await this.review.decisionsOf(report.id),
      responses: await this.review.responsesOf(report.id),
      identityLeakDecision: reader === 'company' ? null : await this.review.identityLeakDecisionOf(entryId, report.revision),
    };
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
