import type { EvaluationMethod } from '@fairpitch/shared/challenges';
import type { Localised } from '@fairpitch/shared/common';
import type { CriterionAggregate, InfeasibleEntry, KeptRawFlag, MissingPart, ThresholdReason } from '@fairpitch/shared/judging';
import type { EntryDraft } from '@fairpitch/shared/submissions';
import type { AreaScores, Finding, MandatoryOutcome } from './screening-types.js';

// Response shapes of the jury area, as api/src/judging/*.service.ts build them.

export type JudgingMode = 'rubric' | 'pairwise';
export const CONFLICT_KINDS = ['none', 'employment', 'ownership', 'family', 'business-relation', 'other'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];
export type ReviewStatus = 'not-started' | 'draft' | 'submitted';

/** What a juror scores with: the published criteria and the scale. */
export type JurorMethod = Pick<EvaluationMethod, 'criteria' | 'scale'>;

export interface PanelJuror {
  userId: string;
  name: string;
  email: string;
  isChair: boolean;
  assigned: number;
  submitted: number;
}

export interface JuryPanel {
  challengeId: string;
  challengeType: string;
  publishedBlindReview: boolean;
  perEntry: number;
  blind: boolean;
  chairId: string | null;
  judgingMode: JudgingMode;
  jurors: PanelJuror[];
}

export interface PanelUpdate {
  perEntry?: number;
  blind?: boolean;
  chairId?: string | null;
  judgingMode?: JudgingMode;
}

/** The juror's declaration form: participating companies by name, with the latest answer. */
export interface ConflictForm {
  challengeId: string;
  complete: boolean;
  companies: { companyId: string; name: string; declaration: { kind: ConflictKind; note: string; declaredAt: string } | null }[];
}

export interface ConflictDeclaration {
  companyId: string;
  kind: ConflictKind;
  note: string;
}

export interface ConflictRecord {
  id: string;
  jurorId: string;
  companyId: string;
  kind: ConflictKind;
  note: string;
  source: 'juror' | 'organiser';
  declaredBy: string | null;
  declaredAt: string;
  jurorName: string;
  companyName: string;
}

export interface ExcludedEntry {
  entryId: string;
  label: number | null;
  reason: 'inadmissible';
  confirmedBlockers: string[];
}

export interface AssignResult {
  seed: string;
  perEntry: number;
  assignments: { entryId: string; jurorIds: string[]; label: number | null }[];
  loads: Record<string, number>;
  infeasible: InfeasibleEntry[];
  excludedJurors: { jurorId: string; reason: 'declarations-missing' }[];
  excludedEntries: ExcludedEntry[];
}

export interface AssignedJuror {
  jurorId: string;
  name: string;
  source: 'auto' | 'manual';
  seed: string | null;
  assignedAt: string;
  reviewStatus: ReviewStatus;
}

export interface AssignmentList {
  entries: { entryId: string; label: number | null; companyName: string; jurors: AssignedJuror[] }[];
  excluded: ExcludedEntry[];
  /** Mandatory blockers still awaiting an organiser, per entry id. */
  pendingBlockers: Record<string, string[]>;
}

export interface ReviewScore {
  criterionId: string;
  value: number;
  justification: string;
}

export interface ReviewView {
  status: 'draft' | 'submitted';
  scores: ReviewScore[];
  updatedAt: string;
  submittedAt: string | null;
}

export interface JurorAssignedEntry {
  entryId: string;
  label: number | null;
  /** "Entry 7" in blind review, else the company's name. */
  displayName: string;
  title: string;
  reviewStatus: ReviewStatus;
  updatedAt: string | null;
  submittedAt: string | null;
}

/** One challenge the reader judges, with what is asked of them next. */
export interface JurorChallenge {
  challengeId: string;
  title: string;
  status: string;
  blind: boolean;
  judgingMode: JudgingMode;
  isChair: boolean;
  entriesOpened: boolean;
  declarationsComplete: boolean;
  decided: boolean;
  method: JurorMethod | null;
  entries: JurorAssignedEntry[];
}

export interface JurorEntryView {
  entryId: string;
  challengeId: string;
  label: number | null;
  displayName: string;
  blind: boolean;
  revision: number;
  content: EntryDraft;
  company?: { id: string; name: string };
  submittedAt?: string;
  /** Documents wait until an organiser has cleared the identity leaks the screening found. */
  documentsWithheld: boolean;
  documents: { id: string; fileName: string; size: number }[];
  screening: { revision: number; rulesetVersion: string; createdAt: string; areas: AreaScores; findings: Finding[]; mandatory: MandatoryOutcome } | null;
  method: JurorMethod | null;
  myReview: ReviewView | null;
}

export interface SavedReview extends ReviewView {
  entryId: string;
  label: number | null;
  displayName: string;
}

export interface PanelReviews {
  entryId: string;
  label: number | null;
  reviews: (ReviewView & { juror: string; mine: boolean })[];
}

export interface ConsensusCriterion {
  criterionId: string;
  flagged: boolean;
  range: number | null;
  needsConsensus: boolean;
  scoresHidden: boolean;
  scores: { juror: string; value: number; justification: string }[];
  consensus: { value: number; justification: string; recordedAt: string } | null;
}

export interface ConsensusItem {
  entryId: string;
  label: number | null;
  displayName: string;
  criteria: ConsensusCriterion[];
}

export interface ConsensusList {
  challengeId: string;
  mode: 'flagged' | 'all';
  isChair: boolean;
  entries: ConsensusItem[];
}

export interface RankingEntry {
  entryId: string;
  label: number | null;
  rank: number;
  tied: boolean;
  total: number;
  criteriaScore?: number;
  byCriterion: Record<string, CriterionAggregate>;
  belowThreshold: boolean;
  reasons?: ThresholdReason[];
  missing?: MissingPart[];
  pricePoints?: number | null;
  screening?: Record<string, number | null>;
  /** Pairwise rounds only. */
  mu?: number;
  views?: number;
}

export interface RankingView {
  method: EvaluationMethod;
  methodHash: string | null;
  judgingMode: JudgingMode;
  normalisation: 'raw' | 'z-score';
  final: boolean;
  computedAt: string;
  excluded: ExcludedEntry[];
  pendingBlockers: Record<string, string[]>;
  entries: RankingEntry[];
  agreement: Record<string, { alpha: number | null; units: number; values: number }>;
  keptRaw: KeptRawFlag[];
  priceWarning: Localised | null;
}

export interface JurorSummaryView {
  count: number;
  mean: number;
  spread: number;
  severity: number | null;
  severityBasis: number;
}

export interface AgreementView {
  challengeId: string;
  thresholdShare: number;
  criteria: { criterionId: string; alpha: number | null; units: number; values: number; reliability: 'reliable' | 'tentative' | 'unreliable' | null }[];
  /** Organisers also get jurorId and name; jurors see pseudonyms only. */
  jurors: (JurorSummaryView & { juror: string; jurorId?: string; name?: string; byCriterion: Record<string, JurorSummaryView> })[];
  histograms: { criterionId: string; jurors: { juror: string; jurorId?: string; name?: string; bins: { value: number; count: number }[] }[] }[];
  disagreements: { entryId: string; criterionId: string; lowest: number; highest: number; range: number; limit: number; label: number | null; jurors: string[] }[];
}

export interface DecisionInput {
  winners: string[];
  award: { title: string; description?: string; amountDkk?: number };
  reasons: string;
  standstillDays?: number;
}

export interface DecisionView {
  challengeId: string;
  winners: string[];
  award: { title: string; description: string; amountDkk?: number };
  reasons: string;
  rankingHash: string;
  methodHash: string | null;
  decidedAt: string;
  standstillEndsAt: string | null;
}

export interface PairwiseEntry {
  entryId: string;
  label: number | null;
  displayName: string;
  title: string;
  summary: string;
}

export interface PairwiseNext {
  challengeId: string;
  pair: { previous: PairwiseEntry; next: PairwiseEntry; reason: string; assignedAt: string; expiresAt: string } | null;
  challengeStatus?: string;
}

export interface ComparisonResult {
  challengeId: string;
  recorded: true;
  myComparisons: number;
}

export type FeedbackBand = 'first-quarter' | 'second-quarter' | 'third-quarter' | 'fourth-quarter';

/** A company's own result after the decision; jurors are anonymous ("Juror A" per entry). */
export interface EntryFeedback {
  entryId: string;
  challengeId: string;
  decidedAt: string;
  judgingMode: JudgingMode;
  winner: boolean;
  award: DecisionView['award'] | null;
  /** How many entries share the award (its amount is the total), for a winner. */
  awardWinners: number | null;
  rank: number | null;
  tied: boolean;
  rankedEntries: number;
  band: FeedbackBand | null;
  total: number | null;
  belowThreshold: boolean;
  thresholdReasons: ThresholdReason[];
  excluded: { reason: string; confirmedBlockers: string[] } | null;
  criteria: {
    criterionId: string;
    title: Localised;
    weight: number;
    used: number | null;
    mean: number | null;
    consensus: { value: number; justification: string } | null;
    scores: { juror: string; value: number; justification: string }[];
  }[];
  screeningReport: string;
  methodHash: string | null;
  standstillEndsAt: string | null;
}
