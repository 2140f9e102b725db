import type { Localised } from '../common/localised.js';

// Everything an export needs about one challenge, loaded by the API in one go and handed to the
// pure builders below. Plain JSON (no Date, Map or class instances) so it can travel in a job
// payload, be hashed with hashCanonical and be stored next to the export it produced.
//
// Personal data: the API fills in only what the export may show. Jurors appear under their
// pseudonym unless the organiser chose to disclose names; contact persons of companies are only
// used by the internal archive; the buyer's contact point is a functional one (a mailbox of the
// department), never a private person.

/** RFC 3339 date-time with a zone, e.g. `2026-11-27T12:00:00Z`. */
export type IsoDateTime = string;

// The next three mirror the challenges area (challenge types, lifecycle states, size classes);
// they are repeated here so the snapshot stays a self-contained contract between api and exports.
export type ChallengeType = 'challenge' | 'hackathon' | 'market-dialogue';

export type ChallengeStatus =
  | 'draft'
  | 'published'
  | 'submission-open'
  | 'submission-closed'
  | 'evaluation'
  | 'decided'
  | 'archived'
  | 'cancelled';

/** How participation is opened, in the words of the OCDS `method` codelist. */
export type ProcurementMethod = 'open' | 'selective' | 'limited';

export type ProcurementCategory = 'goods' | 'services' | 'works';

export type CriterionKind = 'quality' | 'price' | 'cost';

/** EU SME size classes (Recommendation 2003/361/EC); all but `large` count as SMEs. */
export type SizeClass = 'micro' | 'small' | 'medium' | 'large';

/** Entry status after screening, in the words of the OCDS `bidStatus` codelist. */
export type EntryStatus = 'valid' | 'disqualified' | 'withdrawn';

export type PhaseKind = 'enquiry' | 'submission' | 'screening' | 'judging' | 'decision';

/** Document kinds, named after codes of the OCDS `documentType` codelist. */
export type ChallengeDocumentKind =
  | 'tenderNotice'
  | 'biddingDocuments'
  | 'technicalSpecifications'
  | 'evaluationCriteria'
  | 'clarifications'
  | 'evaluationReports';

export type FindingSeverity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export type ConflictHandling = 'recused' | 'reassigned' | 'no-conflict-found' | 'accepted-with-reasons';

export type ReviewKind = 'individual' | 'consensus';

/** An amount in an ISO 4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}

export interface CriterionSnapshot {
  id: string;
  name: Localised;
  /** Share of the total in percent; the weights of a method add up to 100. */
  weight: number;
  kind: CriterionKind;
  /** Lowest acceptable score on this criterion, or null when there is none. */
  threshold: number | null;
}

/** The evaluation method as frozen at publication (udbudsloven §§ 160, 165). */
export interface PublishedMethodSnapshot {
  publishedAt: IsoDateTime;
  /** SHA-256 (hex) of the canonical JSON of the published method. */
  hash: string;
  summary: Localised;
  scale: { min: number; max: number; step: number };
  criteria: CriterionSnapshot[];
  /** Lowest acceptable weighted mean of the quality criteria, on the scale, or null. */
  overallThreshold: number | null;
}

export interface PhaseSnapshot {
  kind: PhaseKind;
  startsAt: IsoDateTime;
  endsAt: IsoDateTime;
}

export interface AmendmentSnapshot {
  id: string;
  publishedAt: IsoDateTime;
  summary: string;
  rationale: string | null;
}

export interface QuestionSnapshot {
  id: string;
  askedAt: IsoDateTime;
  question: string;
  answer: string | null;
  answeredAt: IsoDateTime | null;
}

export interface ChallengeDocumentSnapshot {
  id: string;
  kind: ChallengeDocumentKind;
  title: string;
  /** Public address of the document, when it has one. */
  url: string | null;
  publishedAt: IsoDateTime;
}

export interface ChallengeSnapshot {
  id: string;
  title: string;
  description: string;
  department: string | null;
  type: ChallengeType;
  /** The legal basis as the organiser stated it, e.g. "Udbudsloven §§ 84–92 (projektkonkurrence)". */
  legalBasis: Localised;
  status: ChallengeStatus;
  /** When the decision was made; every timestamp of a decided export comes from it. */
  decidedAt: IsoDateTime | null;
  procurementMethod: ProcurementMethod;
  mainProcurementCategory: ProcurementCategory;
  method: PublishedMethodSnapshot;
  phases: PhaseSnapshot[];
  amendments: AmendmentSnapshot[];
  questions: QuestionSnapshot[];
  documents: ChallengeDocumentSnapshot[];
  /** Whether the challenge is meant to end in a purchase (false for a prize-only hackathon). */
  leadsToPurchase: boolean;
  /** ISO 4217 currency of prices and award values. */
  currency: string;
}

export interface AddressSnapshot {
  streetAddress: string;
  postalCode: string;
  locality: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface BuyerSnapshot {
  /** The municipality, e.g. "Aarhus Kommune". */
  name: string;
  /** The municipality's CVR number (8 digits). */
  cvr: string;
  address: AddressSnapshot;
  /** A functional contact of the department; published in OCDS. */
  contactPoint: { name: string; email: string | null; telephone: string | null; url: string | null };
}

export interface CompanySnapshot {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 country of registration. */
  country: string;
  /** Danish CVR number, when the company has one (never required: udbudsloven § 3). */
  cvr: string | null;
  /** Number in the company's national register, for companies without a CVR number. */
  registrationNumber: string | null;
  /** org-id.guide code of that register when the company named it, e.g. "SE-BLV". */
  registrationScheme: string | null;
  sizeClass: SizeClass;
  /** Personal data: only used by the internal archive, never in published exports. */
  contactPerson: { name: string; email: string } | null;
}

export interface ScreeningAreaScoreSnapshot {
  /** Screening area key, e.g. "security", "data-protection", "climate", "sovereignty". */
  area: string;
  label: Localised;
  score: number | null;
  max: number;
}

export interface FindingSnapshot {
  area: string;
  ruleId: string;
  severity: FindingSeverity;
  title: Localised;
  /** Where it was found (document and page), never the finding's sensitive content itself. */
  location: string | null;
}

export interface EntrySnapshot {
  id: string;
  /** Neutral label used in all exports, e.g. "Entry 7" / "Bidrag 7". */
  label: string;
  company: CompanySnapshot;
  submittedAt: IsoDateTime;
  /** SHA-256 (hex) receipt hash given to the company at submission. */
  receiptHash: string;
  status: EntryStatus;
  /** Why the entry was disqualified or withdrawn; null for valid entries. */
  statusReason: string | null;
  price: Money | null;
  screening: { areas: ScreeningAreaScoreSnapshot[]; findings: FindingSnapshot[] };
}

export interface RankingRowSnapshot {
  entryId: string;
  rank: number;
  /** True when another entry shares this rank. */
  tied: boolean;
  /** Weighted total on 0–100 of every weighted part (criteria rescaled, screening areas, price); a missing part counts 0. */
  total: number;
  /** Score per criterion id on the method's scale: the value that fed the total (consensus, mean or normalised mean). */
  byCriterion: Record<string, number | null>;
  belowThreshold: boolean;
}

export interface JurorSnapshot {
  /** Pseudonym shown by default, e.g. "Juror A". */
  label: string;
  /** Real name, filled in only when the organiser decided to disclose jurors. */
  name: string | null;
}

export interface ReviewScoreSnapshot {
  criterionId: string;
  score: number | null;
  justification: string;
}

export interface ReviewSnapshot {
  entryId: string;
  kind: ReviewKind;
  /** The juror for an individual review; null for a consensus review. */
  juror: JurorSnapshot | null;
  submittedAt: IsoDateTime;
  scores: ReviewScoreSnapshot[];
}

export interface ConflictSnapshot {
  juror: JurorSnapshot;
  entryId: string;
  declaredAt: IsoDateTime;
  description: string;
  handling: ConflictHandling;
  handledAt: IsoDateTime | null;
}

export interface AwardSnapshot {
  id: string;
  entryIds: string[];
  date: IsoDateTime;
  value: Money | null;
  title: string | null;
  /** End of the standstill period, when one applies. */
  standstillEndsAt: IsoDateTime | null;
}

export interface AuditSummarySnapshot {
  /** Number of audit events per event type. */
  eventCounts: Array<{ event: string; count: number }>;
  chain: {
    verified: boolean;
    entries: number;
    /** Hash of the last entry in the chain. */
    headHash: string;
    /** Sequence number of the first entry that failed verification, or null. */
    brokenAt: number | null;
  };
}

export interface DecidedChallengeSnapshot {
  schemaVersion: 1;
  /** When the API took the snapshot; only used for the timestamps of a DRAFT export. */
  asOf: IsoDateTime;
  challenge: ChallengeSnapshot;
  buyer: BuyerSnapshot;
  entries: EntrySnapshot[];
  ranking: RankingRowSnapshot[];
  reviews: ReviewSnapshot[];
  conflicts: ConflictSnapshot[];
  awards: AwardSnapshot[];
  audit: AuditSummarySnapshot;
}

/**
 * The snapshot without its reviews. A large export (10,000 entries have 300,000 scores) reads
 * the reviews a batch of entries at a time instead of holding them (see `ReviewBatch`), so the
 * parts that do not list reviews take this.
 */
export type SnapshotWithoutReviews = Omit<DecidedChallengeSnapshot, 'reviews'>;

/**
 * An export is final only once the challenge is decided (and stays final when it is archived);
 * before that, and after a decision was annulled (cancelled), it is marked DRAFT.
 */
export function isDecided(snapshot: Pick<DecidedChallengeSnapshot, 'challenge'>): boolean {
  const { status, decidedAt } = snapshot.challenge;
  return decidedAt !== null && (status === 'decided' || status === 'archived');
}

/** The one timestamp an export carries: the decision, or for a DRAFT the moment of the snapshot. */
export function exportTimestamp(snapshot: Pick<DecidedChallengeSnapshot, 'challenge' | 'asOf'>): IsoDateTime {
  return isDecided(snapshot) && snapshot.challenge.decidedAt !== null ? snapshot.challenge.decidedAt : snapshot.asOf;
}
