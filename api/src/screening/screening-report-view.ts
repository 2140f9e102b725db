import type { ScreeningReportRow } from './screening-report.entity.js';

export interface ReportDecision {
  ruleId: string;
  decision: string;
  reason: string;
  decidedAt: Date;
}

export interface ReportResponse {
  id: string;
  text: string;
  respondedAt: Date;
}

export interface IdentityLeakDecisionView {
  decision: 'redacted' | 'accepted';
  reason: string;
  decidedAt: string;
}

export interface PendingJob {
  state: string;
  error: string | null;
}

type ReportFields = Pick<ScreeningReportRow, 'entryId' | 'revision' | 'rulesetVersion' | 'inputHash' | 'createdAt' | 'areas' | 'findings' | 'mandatory'>;

// One entry's screening as the API answers it, built in one place so the per-entry and the
// per-challenge endpoints cannot drift apart.

/** An entry's current report with its job's state and what people decided and answered on it. */
export function reportView(
  report: ReportFields,
  more: { status: string; decisions: ReportDecision[]; responses: ReportResponse[]; identityLeakDecision: IdentityLeakDecisionView | null },
) {
  return {
    entryId: report.entryId,
    revision: report.revision,
    rulesetVersion: report.rulesetVersion,
    inputHash: report.inputHash,
    status: more.status,
    createdAt: report.createdAt.toISOString(),
    areas: report.areas,
    findings: report.findings,
    mandatory: report.mandatory,
    decisions: more.decisions,
    responses: more.responses,
    identityLeakDecision: more.identityLeakDecision,
  };
}

/** Before a report exists: where the revision's newest job stands; the error is for the team only. */
export function pendingView(entryId: string, revision: number | null, job: PendingJob | undefined, showError: boolean) {
  return { entryId, revision, status: job?.state ?? 'not-screened', error: showError ? (job?.error ?? null) : null };
}
