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

/** Whether a path is an entry's receipt, `entries/<id>/receipt.json`. */
export function isEntryReceiptPath(path: string): boolean {
  return /^entries\/[^/]+\/receipt\.json$/.test(path);
}

/**
 * Whether the verifiers read a file's content, so that it is kept in memory while an archive is
 * verified: the manifest, each entry's receipt and submission (its receipt hash is recomputed
 * from them), and the audit extract with its chain verification. Every other file, documents
 * above all, is only hashed on its way through; an entry's retention.json only has to be there.
 */
export function isReadByVerifiers(path: string): boolean {
  return (
    path === ARCHIVE_LAYOUT.manifest ||
    path === ARCHIVE_LAYOUT.auditLog ||
    path === ARCHIVE_LAYOUT.auditChainVerification ||
    isEntryReceiptPath(path) ||
    /^entries\/[^/]+\/submission\.json$/.test(path)
  );
}
