import { safePathSegment } from './archive-path.js';

// Where things live in the procurement archive. Kept in one place so the builder (worker) and
// the verifier (CLI, endpoint) agree.
export const ARCHIVE_LAYOUT = {
  manifest: 'manifest.json',
  ocdsReleasePackage: 'ocds-release-package.json',
  results: 'results.xlsx',
  evaluationReport: 'evaluation-report.pdf',
  auditLog: 'audit/audit-log.jsonl',
  auditChainVerification: 'audit/chain-verification.json',
} as const;

export function sheetPath(fileName: string): string {
  return `sheets/${safePathSegment(fileName)}`;
}

export function entryFolder(entryId: string): string {
  return `entries/${safePathSegment(entryId)}`;
}

/** The receipt the company was given at submission. */
export function entryReceiptPath(entryId: string): string {
  return `${entryFolder(entryId)}/receipt.json`;
}

/** The submitted revision's content (the form answers), which the receipt hash covers. */
export function entrySubmissionPath(entryId: string): string {
  return `${entryFolder(entryId)}/submission.json`;
}

/** A submitted document; names must be unique per entry after sanitising. */
export function entryDocumentPath(entryId: string, fileName: string): string {
  return `${entryFolder(entryId)}/documents/${safePathSegment(fileName)}`;
}

export function screeningReportPath(entryId: string): string {
  return `screening/${safePathSegment(entryId)}.json`;
}

/** The entry folder segment of a path under `entries/`, or null for any other path. */
export function entrySegmentOf(path: string): string | null {
  const match = /^entries\/([^/]+)\//.exec(path);
  return match?.[1] ?? null;
}
