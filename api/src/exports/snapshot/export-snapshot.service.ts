import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isDecided, type DecidedChallengeSnapshot, type JurorSnapshot } from '@fairpitch/shared/exports';
import type { Receipt, ReceiptAttachment } from '@fairpitch/shared/submissions';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { ChallengesService } from '../../challenges/challenges.service.js';
import { OrganisationsService } from '../../organisations/organisations.service.js';
import { ScreeningReviewService } from '../../screening/screening-review.service.js';
import { ScreeningService } from '../../screening/screening.service.js';
import { EntriesService } from '../../submissions/entries.service.js';
import { EntryAccess } from '../../submissions/entry-access.service.js';
import { auditSummary, buildAuditExtract, type AuditExtract } from '../audit-extract.js';
import { JudgingExportSource } from '../judging-export-source.js';
import type { ExportOptions } from '../export-options.js';
import { buyerSnapshot, challengeSnapshot, type ChallengeDetailView } from './challenge-snapshot.js';
import { entrySnapshot, type OpenedEntryView } from './entry-snapshot.js';
import { redactPaths } from './redact-personal-data.js';

/** What the archive holds about one entry besides the snapshot. */
export interface EntryArchiveData {
  entryId: string;
  receipt: Receipt;
  /** The counting revision's content, with personal data redacted after the retention period. */
  content: Record<string, unknown>;
  /** Documents to include; empty once the retention job deleted them. */
  documents: ReceiptAttachment[];
  /** Set when the entry was anonymised after the retention period. */
  anonymisedAt: string | null;
  /** The screening report with the organiser's decisions and the company's responses. */
  screeningReport: Record<string, unknown> | null;
}

export interface ExportBundle {
  snapshot: DecidedChallengeSnapshot;
  decisionReasons: string | null;
  entries: EntryArchiveData[];
  audit: AuditExtract;
}

interface RetentionRecord {
  entryId: string;
  anonymisedAt: Date;
  redactedPaths: string[];
}

/**
 * Loads everything an export shows, through the other areas' services and as the person who
 * asked for it (so their access is checked again when the job runs), into the plain snapshot
 * the pure builders take.
 */
@Injectable()
export class ExportSnapshotService {
  private judging: JudgingExportSource;

  constructor(
    @Inject(JudgingExportSource) judging: JudgingExportSource,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: ChallengesService,
    private readonly entries: EntriesService,
    private readonly entryAccess: EntryAccess,
    private readonly organisations: OrganisationsService,
    private readonly screening: ScreeningService,
    private readonly screeningReview: ScreeningReviewService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.judging = judging;
  }

  /**
   * Replaces the judging source, for tests (which have no judging data) and for wiring that
   * cannot go through the module's providers. Production binds JudgingExportSource instead.
   */
  useJudgingSource(source: JudgingExportSource): void {
    this.judging = source;
  }

  /** Entry ids that won an award; the retention job keeps their documents. */
  async awardedEntryIds(challengeId: string): Promise<Set<string>> {
    return new Set((await this.judging.awards(challengeId)).flatMap((a) => a.entryIds));
  }

  async requireOpened(challengeId: string): Promise<void> {
    if (!(await this.entryAccess.isOpened(challengeId))) throw AppError.conflict('export.entries-sealed');
  }

  async load(actor: AuthUser, challengeId: string, options: ExportOptions): Promise<ExportBundle> {
    await this.requireOpened(challengeId);
    const detail = (await this.challenges.detail(actor, challengeId)) as unknown as ChallengeDetailView;
    const views = (await this.entries.listForOrganiser(actor, challengeId, {})) as unknown as OpenedEntryView[];
    views.sort((a, b) => (a.label ?? 0) - (b.label ?? 0) || (a.id < b.id ? -1 : 1));
    const retained = await this.retentionRecords(challengeId);
    const companies = new Map((await this.organisations.findByIds([...new Set(views.map((v) => v.company?.id ?? ''))].filter(Boolean))).map((c) => [c.id, c]));
    const admissibility = await this.screeningReview.admissibility(challengeId);

    const entries: EntryArchiveData[] = [];
    const entrySnapshots = [];
    for (const view of views) {
      const retention = retained.get(view.id) ?? null;
      const report = await this.screening.currentReport(view.id);
      const company = view.company ? companies.get(view.company.id) : undefined;
      const contact = !retention && company?.contactName && company.contactEmail ? { name: company.contactName, email: company.contactEmail } : null;
      entrySnapshots.push(
        entrySnapshot({ entry: view, contact, report, confirmedBlockers: admissibility.get(view.id)?.confirmedBlockers ?? [], locale: options.language }),
      );
      const revision = (await this.entries.revisionsOf(actor, view.id)).find((r) => r.revision === view.revision);
      if (!revision) throw new Error(`revision ${view.revision} of entry ${view.id} not found`);
      entries.push({
        entryId: view.id,
        receipt: revision.receipt,
        content: retention ? redactPaths(revision.content, retention.redactedPaths) : revision.content,
        documents: retention ? [] : [...revision.attachments],
        anonymisedAt: retention?.anonymisedAt.toISOString() ?? null,
        screeningReport: report ? await this.reportRecord(report) : null,
      });
    }

    const [decision, ranking, reviews, conflicts, awards] = await Promise.all([
      this.judging.decision(challengeId),
      this.judging.ranking(challengeId),
      this.judging.reviews(challengeId),
      this.judging.conflicts(challengeId),
      this.judging.awards(challengeId),
    ]);
    const disclose = (juror: JurorSnapshot): JurorSnapshot => ({ label: juror.label, name: options.jurorsDisclosed ? juror.name : null });

    const auditEvents = [
      ...(await this.audit.forSubject('challenge', challengeId)),
      ...(await Promise.all(views.map((v) => this.audit.forSubject('entry', v.id)))).flat(),
    ];
    const audit = buildAuditExtract(auditEvents, detail.status === 'decided' || detail.status === 'archived' ? detail.decidedAt : null, await this.audit.verify());

    const snapshot: DecidedChallengeSnapshot = {
      schemaVersion: 1,
      asOf: this.clock.now().toISOString(),
      challenge: challengeSnapshot(detail, this.config.publicUrl, options.language),
      buyer: buyerSnapshot(this.config.municipality, detail, this.config.publicUrl),
      entries: entrySnapshots,
      ranking,
      reviews: reviews.map((r) => ({ ...r, juror: r.juror ? disclose(r.juror) : null })),
      conflicts: conflicts.map((c) => ({ ...c, juror: disclose(c.juror) })),
      awards,
      audit: auditSummary(audit),
    };
    // A decided export carries only the decision time, so the same decision gives the same bytes.
    if (isDecided(snapshot) && snapshot.challenge.decidedAt) snapshot.asOf = snapshot.challenge.decidedAt;
    return { snapshot, decisionReasons: decision.reasons, entries, audit };
  }

  private async reportRecord(report: NonNullable<Awaited<ReturnType<ScreeningService['currentReport']>>>): Promise<Record<string, unknown>> {
    const decisions = await this.screeningReview.decisionsOf(report.id);
    const responses = await this.screeningReview.responsesOf(report.id);
    return {
      entryId: report.entryId,
      revision: report.revision,
      revisionHash: report.revisionHash,
      rulesetVersion: report.rulesetVersion,
      inputHash: report.inputHash,
      createdAt: report.createdAt.toISOString(),
      areas: report.areas,
      findings: report.findings,
      mandatory: report.mandatory,
      organiserDecisions: decisions.map((d) => ({ ruleId: d.ruleId, decision: d.decision, reason: d.reason, decidedAt: new Date(d.decidedAt).toISOString() })),
      companyResponses: responses.map((r) => ({ text: r.text, respondedAt: new Date(r.respondedAt).toISOString() })),
    };
  }

  /** Anonymisation records of the retention job (this area's own table). */
  private async retentionRecords(challengeId: string): Promise<Map<string, RetentionRecord>> {
    const rows = (await this.dataSource.query(
      `SELECT entry_id AS "entryId", anonymised_at AS "anonymisedAt", redacted_paths AS "redactedPaths" FROM entry_retention WHERE challenge_id = $1`,
      [challengeId],
    )) as RetentionRecord[];
    return new Map(rows.map((r) => [r.entryId, r]));
  }
}
