import { strFromU8 } from 'fflate';
import { sha256Hex } from '../../common/sha256.js';
import { compareCodePoints } from '../compare.js';
import { entryFolder, entrySegmentOf } from './archive-layout.js';
import type { ArchiveFiles } from './read-zip.js';

export interface CheckResult {
  valid: boolean;
  reason?: string;
}

export interface ArchivedFile {
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

/** What a receipt verifier gets for one entry: its parsed receipt and every file of its folder. */
export interface ArchivedEntry {
  /** The entry's folder name under `entries/` (the entry id, made path-safe). */
  entryId: string;
  receiptPath: string;
  receipt: unknown;
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
  files: ArchiveFiles,
  verify: ReceiptVerifier,
  expectedEntryIds: readonly string[] = [],
): ReceiptsVerification {
  const paths = [...files.keys()].toSorted(compareCodePoints);
  const results: ReceiptResult[] = [];
  for (const receiptPath of paths.filter((p) => /^entries\/[^/]+\/receipt\.json$/.test(p))) {
    const entryId = entrySegmentOf(receiptPath) ?? '';
    const entryFiles = paths
      .filter((p) => entrySegmentOf(p) === entryId)
      .map((path) => {
        const bytes = files.get(path) ?? new Uint8Array();
        return { path, bytes, sha256: sha256Hex(bytes) };
      });
    let receipt: unknown;
    try {
      receipt = JSON.parse(strFromU8(files.get(receiptPath) ?? new Uint8Array()));
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
