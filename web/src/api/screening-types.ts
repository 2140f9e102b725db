import type { Finding, MandatoryOutcome, RuleDescriptor, ScreeningArea } from '@fairpitch/shared/screening';

// Response shapes of the screening area, as api/src/screening/*.service.ts build them.

export type { Finding, MandatoryOutcome, RuleDescriptor, ScreeningArea };

export type AreaScores = Record<ScreeningArea, { score: number | null }>;

export type ScreeningJobState = 'queued' | 'running' | 'done' | 'failed';

export interface BlockerDecision {
  ruleId: string;
  decision: 'confirmed' | 'overridden';
  reason: string;
  decidedAt: string;
}

export interface CompanyResponse {
  id: string;
  text: string;
  respondedAt: string;
}

/** The current report of an entry's counting revision. */
export interface ScreeningReport {
  entryId: string;
  revision: number;
  rulesetVersion: string;
  inputHash: string;
  status: ScreeningJobState;
  createdAt: string;
  areas: AreaScores;
  findings: Finding[];
  mandatory: MandatoryOutcome;
  decisions: BlockerDecision[];
  responses: CompanyResponse[];
}

/** Before a report exists: where its job stands (the error is never shown to the company). */
export interface ScreeningPending {
  entryId: string;
  revision: number | null;
  status: ScreeningJobState | 'not-screened';
  error: string | null;
}

export type EntryScreening = ScreeningReport | ScreeningPending;

export function hasReport(screening: EntryScreening): screening is ScreeningReport {
  return 'findings' in screening;
}

export interface ScreeningHistoryRow {
  id: string;
  revision: number;
  rulesetVersion: string;
  inputHash: string;
  areas: AreaScores;
  createdAt: string;
}

export interface FailedScreeningJob {
  jobId: string;
  entryId: string;
  revision: number;
  attempts: number;
  error: string | null;
  updatedAt: string;
}

export interface ScreeningProgress {
  challengeId: string;
  rulesetVersion: string;
  queued: number;
  running: number;
  done: number;
  failed: number;
  total: number;
  failedJobs: FailedScreeningJob[];
}

export interface ScreeningRerun {
  challengeId: string;
  rulesetVersion: string;
  entries: number;
  queued: number;
}

export interface RuleCatalogue {
  rulesetVersion: string;
  rules: RuleDescriptor[];
}

export interface IdentityLeakDecision {
  entryId: string;
  revision: number;
  decision: 'redacted' | 'accepted';
}
