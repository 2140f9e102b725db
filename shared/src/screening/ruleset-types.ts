import type { Localised } from '../common/localised.js';

// The vocabulary of automated screening. Every rule produces findings in these terms, so every
// entry is measured with the same yardstick.
export const SCREENING_AREAS = ['security', 'data-protection', 'climate', 'sovereignty'] as const;
export type ScreeningArea = (typeof SCREENING_AREAS)[number];

export const SEVERITIES = ['blocker', 'major', 'minor', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const OUTCOMES = ['pass', 'warn', 'fail', 'needs-review'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Facts the finding rests on: plain, JSON-serialisable, never a personal ID number in clear. */
export type Evidence = Record<string, string | number | boolean | null | string[] | number[] | Record<string, unknown>[]>;

export interface Finding {
  ruleId: string;
  area: ScreeningArea;
  severity: Severity;
  outcome: Outcome;
  evidence: Evidence;
  explanation: Localised;
  /** Legal or technical reference, e.g. "GDPR Art. 45" or "RFC 9116 §2.5". */
  reference: string;
}

/** Static description of a rule, listed in the ruleset so organisers can pick mandatory ones. */
export interface RuleDescriptor {
  id: string;
  area: ScreeningArea;
  severity: Severity;
  title: Localised;
  reference: string;
}

/** One uploaded document as the screening sees it. */
export interface ScreeningDocument {
  attachmentId: string;
  fileName: string;
  /** SHA-256 of the bytes, as stored; the input hash uses this, not the bytes. */
  sha256: string;
  /** MIME type detected from the bytes at upload, if any. */
  detectedMime: string | null;
  bytes: Uint8Array;
}

/** Limits that keep hostile documents from exhausting the worker. Configurable per deployment. */
export interface ScreeningLimits {
  maxExpandedBytes: number;
  maxArchiveEntries: number;
  maxNestingDepth: number;
  maxCompressionRatio: number;
  maxTextChars: number;
}

export const DEFAULT_SCREENING_LIMITS: ScreeningLimits = {
  maxExpandedBytes: 200 * 1024 * 1024,
  maxArchiveEntries: 10_000,
  maxNestingDepth: 3,
  maxCompressionRatio: 100,
  maxTextChars: 5_000_000,
};

export interface ScreeningInput {
  entryId: string;
  revision: number;
  /** The moment the screened revision was submitted (ISO 8601). Date rules ("within 12 months")
   *  measure from here, so recomputing a report later gives the same result. */
  asOf: string;
  challenge: {
    blindReview: boolean;
    /** Reference value for the climate score, kg CO2e per year; absent means no climate score. */
    climateReferenceKgPerYear?: number;
  };
  /** Used only by the identity-leak rule, to find what blind review must hide. */
  identity: {
    companyName: string;
    cvr?: string;
    registrationNumber?: string;
    emailDomains: string[];
    memberNames: string[];
  };
  /** The entry's free-text answers, flattened: field path → text. */
  fields: Record<string, string>;
  declaration: import('../submissions/compliance-declaration.js').ComplianceDeclaration;
  documents: ScreeningDocument[];
  limits: ScreeningLimits;
}

/** Text pulled out of one document (or one part of it, e.g. a DOCX's word/document.xml). */
export interface ExtractedText {
  attachmentId: string;
  fileName: string;
  /** Where inside the file, e.g. "word/document.xml" or "page 3"; empty for plain text files. */
  part: string;
  text: string;
}

/** What a rule sees: the input plus text extracted once for all rules. */
export interface ScreeningContext extends ScreeningInput {
  texts: ExtractedText[];
  /** Problems met while extracting (corrupt file, limit hit): each becomes a needs-review finding. */
  extractionProblems: { attachmentId: string; fileName: string; problem: string }[];
}

export interface ScreeningRule extends RuleDescriptor {
  /** Pure and synchronous: the same context always gives the same findings. */
  evaluate(context: ScreeningContext): Finding[];
}
