import { strFromU8 } from 'fflate';
import { compareCodePoints } from '../compare.js';
import { entryFolder, entrySegmentOf, isEntryReceiptPath } from './archive-layout.js';
import type { ArchivedFile } from './scan-archive.js';

export interface CheckResult {
  valid: boolean;
  reason?: string;
}

/** What a receipt verifier gets for one entry: its parsed receipt and every file of its folder. */
export interface ArchivedEntry {
  /** The entry's folder name under `entries/` (the entry id, made path-safe). */
  entryId: string;
  receiptPath: string;
  receipt: unknown;
  /** Every file of the folder with its SHA-256; the content only of those the verifiers read. */
  files: ArchivedFile[];
}

/**
 * Checks one entry's receipt against the archived submission, e.g. by recomputing the receipt
 * hash (submissions' computeReceiptHash) from submission.json and the documents' SHA-256. Passed
 * in, so this module does not depend on how receipts are built.
 */
export type ReceiptVerifier = (entry: ArchivedEntry) => CheckResult;

export interface ReceiptResult extends CheckResult {
  entryId: string;
  path: string;
}

export interface ReceiptsVerification {
  valid: boolean;
  results: ReceiptResult[];
  /** Entries expected in the archive that have no receipt in it. */
  missing: string[];
}

/** Runs the verifier on every `entries/<id>/receipt.json` of the archive, in path order. */
export function verifyReceiptsInArchive(
  files: ReadonlyMap<string, ArchivedFile>,
  verify: ReceiptVerifier,
  expectedEntryIds: readonly string[] = [],
): ReceiptsVerification {
  // Grouped once, so an archive of many entries is not searched whole for each of them.
  const byEntry = new Map<string, ArchivedFile[]>();
  for (const path of [...files.keys()].toSorted(compareCodePoints)) {
    const entryId = entrySegmentOf(path);
    if (entryId === null) continue;
    const group = byEntry.get(entryId);
    if (group) group.push(files.get(path)!);
    else byEntry.set(entryId, [files.get(path)!]);
  }
  const results: ReceiptResult[] = [];
  for (const [entryId, entryFiles] of byEntry) {
    const receiptFile = entryFiles.find((f) => isEntryReceiptPath(f.path));
    if (!receiptFile) continue;
    const receiptPath = receiptFile.path;
    let receipt: unknown;
    try {
      receipt = JSON.parse(strFromU8(receiptFile.bytes ?? new Uint8Array()));
    } catch {
      results.push({ entryId, path: receiptPath, valid: false, reason: 'receipt.json is not JSON' });
      continue;
    }
    let check: CheckResult;
    try {
      check = verify({ entryId, receiptPath, receipt, files: entryFiles });
    } catch (error) {
      check = { valid: false, reason: error instanceof Error ? error.message : String(error) };
    }
    results.push({ entryId, path: receiptPath, ...check });
  }
  const present = new Set(results.map((r) => r.entryId));
  const missing = expectedEntryIds.filter((id) => !present.has(entryFolder(id).slice('entries/'.length)));
  return { valid: missing.length === 0 && results.every((r) => r.valid), results, missing };
}
