import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { compareCodePoints, fetchedReviewSource, isDecided, type EntrySnapshot, type JurorSnapshot, type SnapshotWithoutReviews } from '@fairpitch/shared/exports';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { AuditBatchReads } from '../../audit/audit-batch-reads.js';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { ChallengeAccess } from '../../challenges/challenge-access.service.js';
import { ChallengesService } from '../../challenges/challenges.service.js';
import { OrganisationsService } from '../../organisations/organisations.service.js';
import { ScreeningBatchReads, confirmedBlockers, type CurrentScreeningReport } from '../../screening/screening-batch-reads.service.js';
import { EntriesService } from '../../submissions/entries.service.js';
import { EntryAccess } from '../../submissions/entry-access.service.js';
import { AuditExtractScan, auditSummary, toAuditExtractRow } from '../audit-extract.js';
import { JudgingExportSource } from '../judging-export-source.js';
import type { ExportOptions } from '../export-options.js';
import { buyerSnapshot, challengeSnapshot, type ChallengeDetailView } from './challenge-snapshot.js';
import { entrySnapshot, type OpenedEntryView } from './entry-snapshot.js';
import type { EntryArchiveData, ExportBundle, ScreeningReportRecord } from './export-bundle.js';

export type { EntryArchiveData, ExportBundle } from './export-bundle.js';

type OpenedEntrySummary = Awaited<ReturnType<EntriesService['openedEntrySummaries']>>[number];

interface RetentionRecord {
  entryId: string;
  anonymisedAt: Date;
}

/** Entries read at a time for the snapshot (screening reports). */
const SNAPSHOT_BATCH = 500;
/** Entries read at a time for the archive's evidence (whole forms and reports). */
const EVIDENCE_BATCH = 200;

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/**
 * Loads everything an export shows, through the other areas' services and as the person who
 * asked for it (so their access is checked again when the job runs), into the plain snapshot
 * the pure builders take. A handful of queries whatever the number of entries; what is large
 * (reviews, forms, documents, reports, audit events) is read again a batch at a time when a file
 * needs it rather than held (see ExportBundle).
 */
@Injectable()
export class ExportSnapshotService {
  private judging: JudgingExportSource;

  constructor(
    @Inject(JudgingExportSource) judging: JudgingExportSource,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: ChallengesService,
    private readonly challengeAccess: ChallengeAccess,
    private readonly entries: EntriesService,
    private readonly entryAccess: EntryAccess,
    private readonly organisations: OrganisationsService,
    private readonly screening: ScreeningBatchReads,
    private readonly audit: AuditService,
    private readonly auditReads: AuditBatchReads,
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
    // The opened entries are the organisers' to read (as their entry list checks).
    await this.challengeAccess.requireOrganiser(actor, challengeId);
    // Entries, judging and the audit trail are read side by side: each waits on the database.
    const detailRead = this.challenges.detail(actor, challengeId) as unknown as Promise<ChallengeDetailView>;
    const summariesRead = this.entries.openedEntrySummaries(challengeId).then((summaries) => summaries.sort((a, b) => (a.label ?? 0) - (b.label ?? 0) || (a.id < b.id ? -1 : 1)));
    const retainedRead = this.retentionRecords(challengeId);
    const [detail, summaries, retained, entrySnapshots, [decision, ranking, conflicts, awards, readReviews], { scan, chain, subjects }] = await Promise.all([
      detailRead,
      summariesRead,
      retainedRead,
      Promise.all([summariesRead, retainedRead]).then(([summaries, retained]) => this.entrySnapshots(summaries, retained, options)),
      Promise.all([
        this.judging.decision(challengeId),
        this.judging.ranking(challengeId),
        this.judging.conflicts(challengeId),
        this.judging.awards(challengeId),
        this.judging.reviewReader(challengeId),
      ]),
      Promise.all([detailRead, summariesRead]).then(([detail, summaries]) => this.auditExtract(challengeId, detail, summaries)),
    ]);
    // One object per juror, shared by all their reviews.
    const disclosed = new Map<string, JurorSnapshot>();
    const disclose = (juror: JurorSnapshot): JurorSnapshot => {
      const name = options.jurorsDisclosed ? juror.name : null;
      const key = `${juror.label}\u0000${name ?? ''}`;
      let shown = disclosed.get(key);
      if (!shown) disclosed.set(key, (shown = { label: juror.label, name }));
      return shown;
    };
    const auditReads = this.auditReads;

    const snapshot: SnapshotWithoutReviews = {
      schemaVersion: 1,
      asOf: this.clock.now().toISOString(),
      challenge: challengeSnapshot(detail, this.config.publicUrl, options.language),
      buyer: buyerSnapshot(this.config.municipality, detail, this.config.publicUrl),
      entries: entrySnapshots,
      ranking,
      conflicts: conflicts.map((c) => ({ ...c, juror: disclose(c.juror) })),
      awards,
      audit: auditSummary(chain, scan.eventCounts()),
    };
    // A decided export carries only the decision time, so the same decision gives the same bytes.
    if (isDecided(snapshot) && snapshot.challenge.decidedAt) snapshot.asOf = snapshot.challenge.decidedAt;

    const byId = summaries.map((s) => s.id).sort(compareCodePoints);
    const revisionOf = new Map(summaries.map((s) => [s.id, s.revision]));
    return {
      snapshot,
      reviews: fetchedReviewSource(snapshot, async (entryIds) => {
        const reviews = await readReviews(entryIds);
        for (const review of reviews) if (review.juror) review.juror = disclose(review.juror);
        return reviews;
      }),
      decisionReasons: decision.reasons,
      entryEvidence: () => this.entryEvidence(byId, revisionOf, retained),
      screeningReports: () => this.screeningReports(byId),
      audit: {
        chain,
        async *rows() {
          for await (const page of auditReads.eventsOf(subjects)) {
            const rows = page.filter((event) => scan.includes(event)).map(toAuditExtractRow);
            if (rows.length) yield rows;
          }
        },
      },
    };
  }

  /** The entries in label order as the snapshot lists them, their screening read a batch at a time. */
  private async entrySnapshots(summaries: readonly OpenedEntrySummary[], retained: ReadonlyMap<string, RetentionRecord>, options: ExportOptions): Promise<EntrySnapshot[]> {
    const companies = new Map((await this.organisations.findByIds([...new Set(summaries.map((s) => s.companyId))])).map((c) => [c.id, c]));
    const entrySnapshots: EntrySnapshot[] = [];
    for (const batch of chunks(summaries, SNAPSHOT_BATCH)) {
      const reports = await this.screening.currentReportsOf(batch.map((s) => s.id));
      for (const summary of batch) {
        const company = companies.get(summary.companyId);
        const view: OpenedEntryView = {
          ...summary,
          company: company ? { id: company.id, name: company.name, country: company.country, cvr: company.cvr, registrationNumber: company.registrationNumber, sizeClass: company.sizeClass } : null,
        };
        const contact = !retained.has(summary.id) && company?.contactName && company.contactEmail ? { name: company.contactName, email: company.contactEmail } : null;
        const report = reports.get(summary.id) ?? null;
        entrySnapshots.push(entrySnapshot({ entry: view, contact, report, confirmedBlockers: report ? confirmedBlockers(report) : [], locale: options.language }));
      }
    }
    return entrySnapshots;
  }

  /**
   * The audit extract: one read through the events now for its end, size and counts, and the
   * chain's verification; its rows are read again when the archive writes them.
   */
  private async auditExtract(challengeId: string, detail: ChallengeDetailView, summaries: readonly OpenedEntrySummary[]) {
    const subjects = [
      { type: 'challenge', ids: [challengeId] },
      { type: 'entry', ids: summaries.map((s) => s.id) },
    ];
    const scan = new AuditExtractScan(detail.status === 'decided' || detail.status === 'archived' ? detail.decidedAt : null);
    const verified = this.audit.verify();
    // A verification that fails while the events are read is thrown below, not unobserved.
    verified.catch(() => undefined);
    for await (const page of this.auditReads.eventsOf(subjects)) for (const event of page) scan.add(event);
    return { scan, subjects, chain: scan.chain(await verified) };
  }

  private async *entryEvidence(entryIds: readonly string[], revisionOf: ReadonlyMap<string, number>, retained: ReadonlyMap<string, RetentionRecord>): AsyncGenerator<EntryArchiveData[]> {
    for (const batch of chunks(entryIds, EVIDENCE_BATCH)) {
      const revisions = await this.entries.countingRevisionsOf(batch);
      yield batch.map((entryId) => {
        const revision = revisions.get(entryId);
        // The counting revision may not change while an export runs (a withdrawal keeps it).
        if (!revision || revision.revision !== revisionOf.get(entryId)) throw new Error(`revision ${revisionOf.get(entryId)} of entry ${entryId} not found`);
        const retention = retained.get(entryId) ?? null;
        return {
          entryId,
          receipt: revision.receipt,
          // Retention anonymised the stored content itself; only the documents are gone.
          content: revision.content,
          documents: retention ? [] : [...revision.attachments],
          anonymisedAt: retention?.anonymisedAt.toISOString() ?? null,
        };
      });
    }
  }

  private async *screeningReports(entryIds: readonly string[]): AsyncGenerator<ScreeningReportRecord[]> {
    for (const batch of chunks(entryIds, EVIDENCE_BATCH)) {
      const reports = await this.screening.currentReportsOf(batch);
      yield batch.flatMap((entryId) => {
        const report = reports.get(entryId);
        return report ? [{ entryId, record: reportRecord(report) }] : [];
      });
    }
  }

  /** Anonymisation records of the retention job (this area's own table). */
  private async retentionRecords(challengeId: string): Promise<Map<string, RetentionRecord>> {
    const rows = (await this.dataSource.query(
      `SELECT entry_id AS "entryId", anonymised_at AS "anonymisedAt" FROM entry_retention WHERE challenge_id = $1`,
      [challengeId],
    )) as RetentionRecord[];
    return new Map(rows.map((r) => [r.entryId, r]));
  }
}

/** The screening report as archived, with the organiser's decisions and the company's responses. */
function reportRecord(report: CurrentScreeningReport): Record<string, unknown> {
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
    organiserDecisions: report.decisions.map((d) => ({ ruleId: d.ruleId, decision: d.decision, reason: d.reason, decidedAt: new Date(d.decidedAt).toISOString() })),
    companyResponses: report.responses.map((r) => ({ text: r.text, respondedAt: new Date(r.respondedAt).toISOString() })),
  };
}
