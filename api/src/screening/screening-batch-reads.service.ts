import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { jobIds } from '@fairpitch/shared/common';
import type { Finding, MandatoryOutcome, ScreeningArea } from '@fairpitch/shared/screening';
import { ActiveRuleset } from './ruleset.provider.js';
import type { IdentityLeakDecisionView, PendingJob } from './screening-report-view.js';

/** An entry's current screening report with the organiser's decisions and the company's responses. */
export interface CurrentScreeningReport {
  id: string;
  entryId: string;
  revision: number;
  revisionHash: string;
  rulesetVersion: string;
  inputHash: string;
  areas: Record<ScreeningArea, { score: number | null }>;
  findings: Finding[];
  mandatory: MandatoryOutcome;
  createdAt: Date;
  decisions: { ruleId: string; decision: string; reason: string; decidedAt: Date }[];
  responses: { id: string; text: string; respondedAt: Date }[];
}

/**
 * Screening's tables read for many entries at once (exports of 10,000 entries, the organiser's
 * list of reports): three queries per batch instead of four per entry. Same choice of report as
 * `ScreeningService.currentReport` and `ScreeningReviewService.admissibility`: the counting
 * revision's report under the ruleset in force, else its newest. No access check: callers must have checked the reader's rights.
 */
@Injectable()
export class ScreeningBatchReads {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ruleset: ActiveRuleset,
  ) {}

  async currentReportsOf(entryIds: readonly string[]): Promise<Map<string, CurrentScreeningReport>> {
    if (entryIds.length === 0) return new Map();
    const reports = (await this.dataSource.query(
      `SELECT DISTINCT ON (r.entry_id)
              r.id, r.entry_id AS "entryId", r.revision, r.revision_hash AS "revisionHash", r.ruleset_version AS "rulesetVersion",
              r.input_hash AS "inputHash", r.areas, r.findings, r.mandatory, r.created_at AS "createdAt"
         FROM screening_report r JOIN entry e ON e.id = r.entry_id AND r.revision = e.current_revision
        WHERE r.entry_id = ANY($1::uuid[])
        ORDER BY r.entry_id, (r.ruleset_version = $2) DESC, r.created_at DESC`,
      [entryIds, this.ruleset.version],
    )) as Omit<CurrentScreeningReport, 'decisions' | 'responses'>[];
    const ids = reports.map((r) => r.id);
    const [decisions, responses] = ids.length
      ? await Promise.all([
          this.dataSource.query(
            `SELECT report_id AS "reportId", rule_id AS "ruleId", decision, reason, decided_at AS "decidedAt" FROM screening_decision WHERE report_id = ANY($1::uuid[]) ORDER BY report_id, rule_id`,
            [ids],
          ) as Promise<({ reportId: string } & CurrentScreeningReport['decisions'][number])[]>,
          this.dataSource.query(
            `SELECT report_id AS "reportId", id, text, responded_at AS "respondedAt" FROM screening_response WHERE report_id = ANY($1::uuid[]) ORDER BY report_id, responded_at, id`,
            [ids],
          ) as Promise<({ reportId: string } & CurrentScreeningReport['responses'][number])[]>,
        ])
      : [[], []];
    const result = new Map<string, CurrentScreeningReport>(reports.map((r) => [r.entryId, { ...r, decisions: [], responses: [] }]));
    const byReport = new Map([...result.values()].map((r) => [r.id, r]));
    for (const { reportId, ...decision } of decisions) byReport.get(reportId)?.decisions.push(decision);
    for (const { reportId, ...response } of responses) byReport.get(reportId)?.responses.push(response);
    return result;
  }

  /** The state of the job that made each report (a re-run may have queued it again), by entry id. */
  async jobStatesOf(reports: readonly Pick<CurrentScreeningReport, 'entryId' | 'revisionHash' | 'rulesetVersion'>[]): Promise<Map<string, string>> {
    if (reports.length === 0) return new Map();
    const rows = (await this.dataSource.query(`SELECT entry_id AS "entryId", state FROM screening_job WHERE job_id = ANY($1::varchar[])`, [
      reports.map((r) => jobIds.screenEntry(r)),
    ])) as { entryId: string; state: string }[];
    return new Map(rows.map((r) => [r.entryId, r.state]));
  }

  /** The newest job of each entry revision that has no report yet, by entry id (the index is per challenge). */
  async latestJobsOf(challengeId: string, revisions: readonly { entryId: string; revision: number }[]): Promise<Map<string, PendingJob>> {
    if (revisions.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (j.entry_id) j.entry_id AS "entryId", j.state, j.error
         FROM screening_job j JOIN unnest($2::uuid[], $3::int[]) AS k(entry_id, revision) ON k.entry_id = j.entry_id AND k.revision = j.revision
        WHERE j.challenge_id = $1
        ORDER BY j.entry_id, j.created_at DESC`,
      [challengeId, revisions.map((r) => r.entryId), revisions.map((r) => r.revision)],
    )) as ({ entryId: string } & PendingJob)[];
    return new Map(rows.map(({ entryId, ...job }) => [entryId, job]));
  }

  /** The organiser's decision on the identity leaks of each entry revision, by entry id. */
  async identityLeakDecisionsOf(revisions: readonly { entryId: string; revision: number }[]): Promise<Map<string, IdentityLeakDecisionView>> {
    if (revisions.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT d.entry_id AS "entryId", d.decision, d.reason, d.decided_at AS "decidedAt"
         FROM identity_leak_decision d JOIN unnest($1::uuid[], $2::int[]) AS k(entry_id, revision) ON k.entry_id = d.entry_id AND k.revision = d.revision`,
      [revisions.map((r) => r.entryId), revisions.map((r) => r.revision)],
    )) as { entryId: string; decision: IdentityLeakDecisionView['decision']; reason: string; decidedAt: Date }[];
    return new Map(rows.map((r) => [r.entryId, { decision: r.decision, reason: r.reason, decidedAt: r.decidedAt.toISOString() }]));
  }
}

/** Mandatory blockers that failed in the report and that an organiser confirmed: the entry is excluded. */
export function confirmedBlockers(report: Pick<CurrentScreeningReport, 'mandatory' | 'decisions'>): string[] {
  const decisions = new Map(report.decisions.map((d) => [d.ruleId, d.decision]));
  return report.mandatory.requirements.filter((r) => r.blockerFailed && decisions.get(r.ruleId) === 'confirmed').map((r) => r.ruleId);
}
