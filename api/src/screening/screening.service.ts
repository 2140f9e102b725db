import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buffer } from 'node:stream/consumers';
import { DataSource, type EntityManager } from 'typeorm';
import { type EntrySubmittedPayload, JOBS, type ScreenEntryPayload, jobIds } from '@fairpitch/shared/common';
import type { EvaluationMethod } from '@fairpitch/shared/challenges';
import { DEFAULT_SCREENING_LIMITS, type ScreeningArea, screeningInputHash } from '@fairpitch/shared/screening';
import type { ReceiptAttachment } from '@fairpitch/shared/submissions';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { DocumentStore } from '../storage/document-store.js';
import { ActiveRuleset } from './ruleset.provider.js';
import { ScreeningRunner } from './screening-runner.js';
import { buildScreeningInput } from './screening-input.js';
import { ScreeningReportRow } from './screening-report.entity.js';

export type AreaScores = Record<ScreeningArea, number | null>;

/**
 * Screening runs the same versioned ruleset over every entry. This service queues the work
 * (through the outbox), runs one job (called by the worker's processor) and stores exactly one
 * report per entry revision and ruleset version.
 */
@Injectable()
export class ScreeningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly organisations: OrganisationsService,
    private readonly store: DocumentStore,
    private readonly audit: AuditService,
    readonly ruleset: ActiveRuleset,
    private readonly runner: ScreeningRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** An entry was submitted: queue its screening under the ruleset in force (once, however often told). */
  async onEntrySubmitted(manager: EntityManager, event: EntrySubmittedPayload): Promise<boolean> {
    const [entry] = (await manager.query(`SELECT challenge_id FROM entry WHERE id = $1`, [event.entryId])) as { challenge_id: string }[];
    if (!entry) return false;
    return this.enqueue(manager, { challengeId: entry.challenge_id, entryId: event.entryId, revision: event.revision, revisionHash: event.revisionHash }, false);
  }

  /** Records the job and writes its outbox message; a job already done or queued is left alone. */
  async enqueue(manager: EntityManager, job: { challengeId: string; entryId: string; revision: number; revisionHash: string }, retryFailed: boolean): Promise<boolean> {
    const payload: ScreenEntryPayload = { entryId: job.entryId, revision: job.revision, revisionHash: job.revisionHash, rulesetVersion: this.ruleset.version };
    const jobId = jobIds.screenEntry(payload);
    const inserted = (await manager.query(
      `INSERT INTO screening_job (job_id, challenge_id, entry_id, revision, revision_hash, ruleset_version) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (job_id) DO UPDATE SET state = 'queued', error = NULL, updated_at = now()
         WHERE screening_job.state = 'failed' AND $7::boolean
       RETURNING job_id`,
      [jobId, job.challengeId, job.entryId, job.revision, job.revisionHash, this.ruleset.version, retryFailed],
    )) as unknown[];
    if (!inserted.length) return false;
    await this.outbox.add(manager, JOBS.screenEntry, { ...payload });
    return true;
  }

  /** Runs one screening job. Safe to run twice: the second finds the report and stops. */
  async screen(job: ScreenEntryPayload): Promise<'done' | 'skipped'> {
    const jobId = jobIds.screenEntry(job);
    if (job.rulesetVersion !== this.ruleset.version) {
      await this.setJobState(jobId, 'failed', `ruleset ${job.rulesetVersion} is no longer in force (now ${this.ruleset.version}); re-run the screening`);
      return 'skipped';
    }
    const existing = await this.dataSource.getRepository(ScreeningReportRow).findOne({ where: { entryId: job.entryId, revision: job.revision, rulesetVersion: job.rulesetVersion } });
    if (existing) {
      await this.setJobState(jobId, 'done', null);
      return 'skipped';
    }
    await this.dataSource.query(`UPDATE screening_job SET state = 'running', attempts = attempts + 1, updated_at = now() WHERE job_id = $1`, [jobId]);

    const [row] = (await this.dataSource.query(
      `SELECT r.content, r.attachments, r.submitted_at AS "submittedAt", r.receipt_hash AS "receiptHash", e.company_id AS "companyId",
              c.id AS "challengeId", c.blind_review AS "blindReview", c.evaluation_method AS method
         FROM entry_revision r JOIN entry e ON e.id = r.entry_id JOIN challenge c ON c.id = e.challenge_id
        WHERE r.entry_id = $1 AND r.revision = $2`,
      [job.entryId, job.revision],
    )) as { content: Record<string, unknown>; attachments: ReceiptAttachment[]; submittedAt: Date; receiptHash: string; companyId: string; challengeId: string; blindReview: boolean; method: EvaluationMethod | null }[];
    if (!row) throw new Error(`revision ${job.revision} of entry ${job.entryId} not found`);
    if (row.receiptHash !== job.revisionHash) throw new Error('revision hash does not match the stored revision');

    const documents = [];
    for (const attachment of row.attachments) {
      const bytes = await buffer(await this.store.open(attachment.sha256));
      documents.push({ attachmentId: attachment.id, fileName: attachment.fileName, sha256: attachment.sha256, detectedMime: null, bytes: new Uint8Array(bytes) });
    }
    const input = buildScreeningInput({
      entryId: job.entryId,
      revision: job.revision,
      submittedAt: row.submittedAt,
      content: row.content,
      blindReview: row.blindReview,
      climateReferenceKgPerYear: row.method?.climateReferenceKgPerYear,
      identity: await this.organisations.identityOf(row.companyId),
      documents,
      limits: { ...DEFAULT_SCREENING_LIMITS, maxExpandedBytes: this.config.screening.maxExpandedBytes },
    });
    const inputHash = screeningInputHash(input, this.ruleset.version);
    const report = await this.runner.run(input, row.method?.mandatoryScreeningRules ?? []);

    await this.dataSource.transaction(async (manager) => {
      const saved = (await manager.query(
        `INSERT INTO screening_report (challenge_id, entry_id, revision, revision_hash, ruleset_version, input_hash, areas, findings, mandatory)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (entry_id, revision, ruleset_version) DO NOTHING RETURNING id`,
        [row.challengeId, job.entryId, job.revision, job.revisionHash, this.ruleset.version, inputHash, JSON.stringify(report.areas), JSON.stringify(report.findings), JSON.stringify(report.mandatory)],
      )) as { id: string }[];
      await manager.query(`UPDATE screening_job SET state = 'done', error = NULL, updated_at = now() WHERE job_id = $1`, [jobId]);
      if (saved.length) {
        await this.audit.record(
          {
            action: 'screening.completed',
            subjectType: 'entry',
            subjectId: job.entryId,
            data: { revision: job.revision, rulesetVersion: this.ruleset.version, inputHash, areas: report.areas, provisionallyInadmissible: report.mandatory.provisionallyInadmissible },
          },
          manager,
        );
      }
    });
    return 'done';
  }

  async markFailed(job: ScreenEntryPayload, error: string): Promise<void> {
    await this.setJobState(jobIds.screenEntry(job), 'failed', error.slice(0, 2000));
  }

  private async setJobState(jobId: string, state: 'done' | 'failed', error: string | null): Promise<void> {
    await this.dataSource.query(`UPDATE screening_job SET state = $2, error = $3, updated_at = now() WHERE job_id = $1`, [jobId, state, error]);
  }

  /** The report for the entry's counting revision under the ruleset in force (or the newest there is). Inside a transaction, pass its manager. */
  async currentReport(entryId: string, manager: EntityManager = this.dataSource.manager): Promise<ScreeningReportRow | null> {
    const rows = (await manager.query(`SELECT current_revision FROM entry WHERE id = $1`, [entryId])) as { current_revision: number | null }[];
    const revision = rows[0]?.current_revision;
    if (!revision) return null;
    const repo = manager.getRepository(ScreeningReportRow);
    return (
      (await repo.findOne({ where: { entryId, revision, rulesetVersion: this.ruleset.version } })) ??
      (await repo.findOne({ where: { entryId, revision }, order: { createdAt: 'DESC' } }))
    );
  }

  /** Area scores (0–100) of every entry's current report, for the ranking. */
  async areaScoresForChallenge(challengeId: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, AreaScores>> {
    const rows = (await manager.query(
      `SELECT DISTINCT ON (r.entry_id) r.entry_id AS "entryId", r.areas
         FROM screening_report r JOIN entry e ON e.id = r.entry_id AND r.revision = e.current_revision
        WHERE r.challenge_id = $1
        ORDER BY r.entry_id, (r.ruleset_version = $2) DESC, r.created_at DESC`,
      [challengeId, this.ruleset.version],
    )) as { entryId: string; areas: Record<ScreeningArea, { score: number | null }> }[];
    return new Map(
      rows.map((r) => [
        r.entryId,
        { security: r.areas.security.score, 'data-protection': r.areas['data-protection'].score, climate: r.areas.climate.score, sovereignty: r.areas.sovereignty.score },
      ]),
    );
  }
}
