import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { Sha256Stream } from '@fairpitch/shared/common';
import { buildReceipt, receiptSchema } from '@fairpitch/shared/submissions';
import { verifyArchive, type ArchivedEntry, type ArchiveSource, type ArchiveVerification, type CheckResult } from '@fairpitch/shared/exports';
import { verifyAuditExtractInArchive } from '../audit-extract.js';
import { ENTRY_RETENTION_FILE } from '../files/archive-entries.js';

const decoder = new TextDecoder();

/**
 * Recomputes an entry's receipt from what the archive holds: the submitted revision's content
 * (submission.json) and the documents, whose SHA-256 must be the ones the receipt lists. An entry
 * anonymised after the retention period keeps its receipt but not the content it covers; the
 * archive says so in retention.json and the receipt is then reported as not recomputable.
 */
export function verifyArchivedReceipt(entry: ArchivedEntry): CheckResult {
  const parsed = receiptSchema.safeParse(entry.receipt);
  if (!parsed.success) return { valid: false, reason: 'receipt.json is not a receipt' };
  const receipt = parsed.data;
  if (receipt.entryId !== entry.entryId) return { valid: false, reason: `the receipt is for entry ${receipt.entryId}, not ${entry.entryId}` };
  const file = (name: string) => entry.files.find((f) => f.path === `entries/${entry.entryId}/${name}`);
  if (file(ENTRY_RETENTION_FILE)) {
    return { valid: true, reason: 'anonymised after the retention period: content and documents deleted, the receipt is kept as issued' };
  }
  const submission = file('submission.json');
  if (!submission) return { valid: false, reason: 'submission.json is missing' };
  let content: unknown;
  try {
    // Its content is kept for verification (isReadByVerifiers); documents come as hashes only.
    content = JSON.parse(decoder.decode(submission.bytes ?? new Uint8Array()));
  } catch {
    return { valid: false, reason: 'submission.json is not JSON' };
  }
  const recomputed = buildReceipt({ ...receipt, content, attachments: receipt.attachments });
  if (recomputed.hash !== receipt.hash) return { valid: false, reason: 'the receipt hash does not match the archived submission' };
  const documents = new Set(entry.files.filter((f) => f.path.startsWith(`entries/${entry.entryId}/documents/`)).map((f) => f.sha256));
  const missing = receipt.attachments.filter((a) => !documents.has(a.sha256));
  if (missing.length) return { valid: false, reason: `documents missing or changed: ${missing.map((a) => a.fileName).join(', ')}` };
  return { valid: true };
}

/** Node's native SHA-256: many times faster than the pure-JS default over gigabytes of documents. */
function nativeSha256(): Sha256Stream {
  const hash = createHash('sha256');
  return {
    update: (bytes) => {
      hash.update(bytes);
    },
    hex: () => hash.digest('hex'),
  };
}

/** Node's native CRC-32, continuing `crc`: over ten times faster than the pure-JS default. */
function nativeCrc32(crc: number, bytes: Uint8Array): number {
  return crc32(bytes, crc);
}

/**
 * Everything an archive can prove on its own: manifest hashes, every receipt, the audit chain.
 * Read from the source a chunk at a time (see `withArchiveFile`), so any size can be verified.
 */
export function verifyExportArchive(archive: ArchiveSource | Uint8Array): Promise<ArchiveVerification> {
  return verifyArchive(archive, { verifyReceipt: verifyArchivedReceipt, verifyAuditChain: verifyAuditExtractInArchive, createSha256: nativeSha256, crc32Update: nativeCrc32 });
}
