import { inflateBounded } from './inflate-bounded.js';
import { entryDataRange, type ZipEntry } from './read-zip-directory.js';

/** Bytes still allowed to be expanded for one document, shared across its nested archives. */
export interface ExpansionBudget {
  remaining: number;
}

export type ExpandOutcome =
  | { ok: true; data: Uint8Array }
  | { ok: false; kind: 'limit' | 'corrupt' | 'encrypted' | 'unsupported-method'; problem: string };

/**
 * Expands one entry, never past the smaller of its declared size and the budget: an entry that
 * turns out bigger than it declared is stopped the moment it crosses that line.
 */
export function expandZipEntry(bytes: Uint8Array, entry: ZipEntry, budget: ExpansionBudget): ExpandOutcome {
  if (entry.encrypted) return { ok: false, kind: 'encrypted', problem: `"${entry.name}" is encrypted` };
  if (entry.method !== 0 && entry.method !== 8) {
    return { ok: false, kind: 'unsupported-method', problem: `"${entry.name}" uses compression method ${entry.method}` };
  }
  if (entry.uncompressedSize > budget.remaining) {
    return { ok: false, kind: 'limit', problem: `"${entry.name}" would exceed the expansion limit` };
  }
  const range = entryDataRange(bytes, entry);
  if (!range) return { ok: false, kind: 'corrupt', problem: `"${entry.name}" has a corrupt or truncated local header` };
  const raw = bytes.subarray(range.start, range.end);
  const cap = entry.uncompressedSize;
  if (entry.method === 0) {
    if (raw.length !== cap) return { ok: false, kind: 'corrupt', problem: `"${entry.name}" stored size mismatch` };
    budget.remaining -= raw.length;
    return { ok: true, data: raw };
  }
  const result = inflateBounded(raw, cap);
  if (!result.ok) {
    budget.remaining -= result.partial.length;
    return result.reason === 'limit'
      ? { ok: false, kind: 'limit', problem: `"${entry.name}" expands beyond its declared ${cap} bytes` }
      : { ok: false, kind: 'corrupt', problem: `"${entry.name}" has a corrupt compressed stream` };
  }
  budget.remaining -= result.data.length;
  if (result.data.length !== cap) {
    return { ok: false, kind: 'corrupt', problem: `"${entry.name}" expanded to ${result.data.length} bytes, not the declared ${cap}` };
  }
  return { ok: true, data: result.data };
}

/** Expands only the first bytes of an entry, to sniff its type cheaply. */
export function expandEntryHead(bytes: Uint8Array, entry: ZipEntry, headBytes: number): Uint8Array | null {
  if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) return null;
  const range = entryDataRange(bytes, entry);
  if (!range) return null;
  const raw = bytes.subarray(range.start, range.end);
  if (entry.method === 0) return raw.subarray(0, headBytes);
  // Feeding only a small prefix keeps the work tiny even for a bomb entry.
  const result = inflateBounded(raw.subarray(0, 1024), headBytes);
  const data = result.ok ? result.data : result.partial;
  return data.subarray(0, headBytes);
}
