import { buffer } from 'node:stream/consumers';
import {
  ARCHIVE_LAYOUT,
  entryDocumentPath,
  entryFolder,
  entryReceiptPath,
  entrySubmissionPath,
  safePathSegment,
  screeningReportPath,
  type LazyZipFile,
} from '@fairpitch/shared/exports';
import type { DocumentStore } from '../../storage/document-store.js';
import { serialiseAuditLog, serialiseChainVerification } from '../audit-extract.js';
import type { ExportBundle } from '../snapshot/export-snapshot.service.js';

/** Marks an entry anonymised after the retention period (its content and documents are gone). */
export const ENTRY_RETENTION_FILE = 'retention.json';

const encoder = new TextEncoder();
const json = (value: unknown): Uint8Array => encoder.encode(`${JSON.stringify(value, null, 2)}\n`);

/**
 * The archive's evidence files: per entry its receipt, the submitted content and documents (read
 * from storage one at a time, when the archive writes them), the screening reports and the
 * audit extract with its chain verification.
 */
export function evidenceFiles(bundle: ExportBundle, store: DocumentStore): LazyZipFile[] {
  const files: LazyZipFile[] = [];
  for (const entry of bundle.entries) {
    files.push({ path: entryReceiptPath(entry.entryId), load: () => json(entry.receipt) });
    if (entry.anonymisedAt) {
      files.push({ path: `${entryFolder(entry.entryId)}/${ENTRY_RETENTION_FILE}`, load: () => json({ anonymisedAt: entry.anonymisedAt, content: 'redacted', documents: 'deleted' }) });
    }
    files.push({ path: entrySubmissionPath(entry.entryId), load: () => json(entry.content) });
    const used = new Set<string>();
    for (const document of entry.documents.toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      // Two documents may share a name; the later one (by id) gets its id in front.
      let name = safePathSegment(document.fileName);
      if (used.has(name)) name = safePathSegment(`${document.id}-${document.fileName}`);
      used.add(name);
      files.push({ path: entryDocumentPath(entry.entryId, name), load: async () => new Uint8Array(await buffer(await store.open(document.sha256))) });
    }
    if (entry.screeningReport) files.push({ path: screeningReportPath(entry.entryId), load: () => json(entry.screeningReport) });
  }
  files.push({ path: ARCHIVE_LAYOUT.auditLog, load: () => encoder.encode(serialiseAuditLog(bundle.audit.rows)) });
  files.push({ path: ARCHIVE_LAYOUT.auditChainVerification, load: () => encoder.encode(serialiseChainVerification(bundle.audit.chain)) });
  return files;
}
