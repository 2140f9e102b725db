import {
  ARCHIVE_LAYOUT,
  SHEET_IDS,
  compareCodePoints,
  entryDocumentPath,
  entryFolder,
  entryReceiptPath,
  entrySubmissionPath,
  safePathSegment,
  screeningReportPath,
  sheetDefinition,
  sheetPath,
  type ArchiveFile,
  type LazyZipFile,
} from '@fairpitch/shared/exports';
import type { DocumentStore } from '../../storage/document-store.js';
import { serialiseAuditRow, serialiseChainVerification } from '../audit-extract.js';
import type { EntryArchiveData, ExportBundle } from '../snapshot/export-bundle.js';
import type { WrittenFile } from './temp-files.js';
import { zipEntryFromFile, zipEntryFromStream } from './zip-entries.js';

/** Marks an entry anonymised after the retention period (its content and documents are gone). */
export const ENTRY_RETENTION_FILE = 'retention.json';

const encoder = new TextEncoder();
const json = (value: unknown): Uint8Array => encoder.encode(`${JSON.stringify(value, null, 2)}\n`);

/** Files the export wrote before the archive, which the archive holds as they are. */
export interface ArchiveInput {
  bundle: ExportBundle;
  store: DocumentStore;
  /** A folder for scratch files, removed with the export's temporary files. */
  scratchDir: string;
  results: WrittenFile;
  evaluationReport: WrittenFile;
  ocds: WrittenFile;
  /** Writes a file of the archive (a sheet's CSV, the audit log) into temporary storage. */
  writeTemp(name: string, chunks: AsyncIterable<string>): Promise<WrittenFile>;
  /** Writes a sheet's CSV for the archive (contact persons included) into temporary storage. */
  writeSheet(id: (typeof SHEET_IDS)[number]): Promise<WrittenFile>;
  /** Told how far the archive has got, from 0 to 1. */
  onProgress?(fraction: number): Promise<void>;
}

/** An entry's evidence: receipt, submitted content, documents (read from storage when written). */
function entryFiles(entry: EntryArchiveData, store: DocumentStore, scratchDir: string): ArchiveFile[] {
  const files: ArchiveFile[] = [{ path: entryReceiptPath(entry.entryId), load: () => json(entry.receipt) }];
  if (entry.anonymisedAt) {
    files.push({ path: `${entryFolder(entry.entryId)}/${ENTRY_RETENTION_FILE}`, load: () => json({ anonymisedAt: entry.anonymisedAt, content: 'redacted', documents: 'deleted' }) });
  }
  files.push({ path: entrySubmissionPath(entry.entryId), load: () => json(entry.content) });
  const used = new Set<string>();
  for (const document of entry.documents.toSorted((a, b) => compareCodePoints(a.id, b.id))) {
    // Two documents may share a name; the later one (by id) gets its id in front.
    let name = safePathSegment(document.fileName);
    if (used.has(name)) name = safePathSegment(`${document.id}-${document.fileName}`);
    used.add(name);
    files.push(zipEntryFromStream(entryDocumentPath(entry.entryId, name), () => store.open(document.sha256), scratchDir));
  }
  return files.sort((a, b) => compareCodePoints(a.path, b.path));
}

async function* auditLogLines(bundle: ExportBundle): AsyncGenerator<string> {
  for await (const rows of bundle.audit.rows()) {
    let text = '';
    for (const row of rows) text += serialiseAuditRow(row);
    yield text;
  }
}

/**
 * The internal archive's files in path order (as the archive writes them): the audit extract
 * with its chain verification, each entry's receipt, submission and documents, the evaluation
 * report, the OCDS package, the workbook, the screening reports and every sheet as CSV. What is
 * large is read a batch of entries at a time and written to scratch files just before its turn,
 * so memory holds one batch and one file at a time.
 */
export async function* archiveFiles(input: ArchiveInput): AsyncGenerator<ArchiveFile> {
  const { bundle, store, scratchDir } = input;
  const total = Math.max(1, 2 * bundle.snapshot.entries.length);
  let done = 0;
  const progress = async (entries: number) => {
    done += entries;
    await input.onProgress?.(Math.min(1, done / total));
  };

  const auditLog = await input.writeTemp('audit-log.jsonl', auditLogLines(bundle));
  yield zipEntryFromFile(ARCHIVE_LAYOUT.auditLog, auditLog.path, scratchDir);
  yield { path: ARCHIVE_LAYOUT.auditChainVerification, load: () => encoder.encode(serialiseChainVerification(bundle.audit.chain)) };

  for await (const batch of bundle.entryEvidence()) {
    for (const entry of batch) yield* entryFiles(entry, store, scratchDir);
    await progress(batch.length);
  }

  yield zipEntryFromFile(ARCHIVE_LAYOUT.evaluationReport, input.evaluationReport.path, scratchDir);
  yield zipEntryFromFile(ARCHIVE_LAYOUT.ocdsReleasePackage, input.ocds.path, scratchDir);
  yield zipEntryFromFile(ARCHIVE_LAYOUT.results, input.results.path, scratchDir);

  for await (const batch of bundle.screeningReports()) {
    for (const { entryId, record } of batch) yield { path: screeningReportPath(entryId), load: () => json(record) } satisfies LazyZipFile;
    await progress(batch.length);
  }

  const sheets = SHEET_IDS.map((id) => ({ id, path: sheetPath(sheetDefinition(id).fileName) })).sort((a, b) => compareCodePoints(a.path, b.path));
  for (const { id, path } of sheets) {
    const written = await input.writeSheet(id);
    yield zipEntryFromFile(path, written.path, scratchDir);
  }
}
