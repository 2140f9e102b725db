import type { Localised } from '@fairpitch/shared/common';

// Response shapes of the exports area, as api/src/exports/exports.service.ts builds them. The
// verification shape mirrors shared/exports' ArchiveVerification, written out here because that
// module also carries the OCDS validator, whose libraries the app neither needs nor type-checks.

export interface CheckResult {
  valid: boolean;
  reason?: string;
}

export interface ArchiveVerification {
  valid: boolean;
  manifest: { version: number; generatedAt: string; files: { path: string; sha256: string; size: number }[] } | null;
  missing: string[];
  extra: string[];
  mismatched: { path: string; expectedSha256: string; actualSha256: string; expectedSize: number; actualSize: number }[];
  problems: { code: string; message: Localised; detail?: string }[];
  receipts?: { valid: boolean; results: (CheckResult & { entryId: string; path: string })[]; missing: string[] };
  auditChain?: CheckResult;
}

export type ExportState = 'queued' | 'running' | 'done' | 'failed';
export type CsvSeparator = ',' | ';';

export interface ExportOptionsInput {
  language?: 'da' | 'en';
  separator?: CsvSeparator;
  jurorsDisclosed?: boolean;
}

export interface ExportFile {
  name: string;
  sha256: string;
  size: number;
}

export interface ExportView {
  id: string;
  challengeId: string;
  status: ExportState;
  /** 0–100. */
  progress: number;
  /** Started before the decision: every page and sheet says DRAFT. */
  draft: boolean;
  options: { language: 'da' | 'en'; separator: CsvSeparator; jurorsDisclosed: boolean };
  /** Offered only once the export is done. */
  files: ExportFile[];
  error: string | null;
  snapshotHash: string | null;
  createdAt: string;
  finishedAt: string | null;
}
