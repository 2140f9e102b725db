import type { ScreeningLimits } from '../ruleset-types.js';
import { expandEntryHead, expandZipEntry, type ExpansionBudget } from './expand-zip-entry.js';
import { entryDataRange, readZipDirectory, type ZipEntry } from './read-zip-directory.js';

export type ZipProblemKind =
  | 'corrupt'
  | 'too-many-entries'
  | 'too-large'
  | 'compression-ratio'
  | 'nesting-too-deep'
  | 'overlapping-entries'
  | 'path-traversal'
  | 'encrypted'
  | 'unsupported-method';

/** Problems that make an archive unsafe to expand (a zip bomb or a broken file). */
export const BLOCKING_ZIP_PROBLEMS: readonly ZipProblemKind[] = [
  'corrupt',
  'too-many-entries',
  'too-large',
  'compression-ratio',
  'nesting-too-deep',
  'overlapping-entries',
];

export interface ZipProblem {
  kind: ZipProblemKind;
  /** Path of the archive the problem is in: "" for the document itself, else "inner.zip/x.zip". */
  archive: string;
  entry?: string;
  detail: string;
}

export interface ZipInspection {
  /** The top-level listing (at most limits.maxArchiveEntries entries). */
  entries: ZipEntry[];
  /** Entries declared across this archive and every nested archive inspected. */
  totalEntries: number;
  /** Expanded bytes declared across this archive and every nested archive inspected. */
  declaredExpandedBytes: number;
  archiveBytes: number;
  /** Declared expanded size of the top level divided by the archive's size. */
  compressionRatio: number;
  /** 1 for a plain archive, 2 when it holds an archive, and so on. */
  depth: number;
  nestedArchives: string[];
  /** Full paths of every entry seen, nested ones as "inner.zip/name" (capped at the entry limit). */
  paths: string[];
  problems: ZipProblem[];
}

// Below this an entry cannot hurt whatever its ratio, and small text files compress very well.
const RATIO_FLOOR_BYTES = 1024 * 1024;
// Names with these endings are never archives, so their first bytes need not be sniffed.
const PLAIN_ENDINGS = /\.(xml|rels|txt|md|csv|json|png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|bin|pdf|html?|css|js|vml)$/i;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function isBlocking(problem: ZipProblem): boolean {
  return BLOCKING_ZIP_PROBLEMS.includes(problem.kind);
}

/** A name that would escape the extraction folder when unpacked naively. */
export function isTraversalName(name: string): boolean {
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) return true;
  return name.split(/[\\/]/).some((segment) => segment === '..');
}

/**
 * Inspects a ZIP archive from its central directory, before anything is expanded; nested
 * archives are expanded (bounded) and inspected only while this level looks safe and the
 * nesting limit allows.
 */
export function inspectZip(bytes: Uint8Array, limits: ScreeningLimits): ZipInspection {
  const key = limitsKey(limits);
  const hit = cache.get(bytes);
  if (hit && hit.key === key) return hit.inspection;
  const inspection = inspectTop(bytes, limits);
  cache.set(bytes, { key, inspection });
  return inspection;
}

// Several rules and the text extraction inspect the same document; the result depends only on
// the bytes and the limits, so it is computed once per byte array.
const cache = new WeakMap<Uint8Array, { key: string; inspection: ZipInspection }>();

function limitsKey(limits: ScreeningLimits): string {
  return [limits.maxArchiveEntries, limits.maxCompressionRatio, limits.maxExpandedBytes, limits.maxNestingDepth].join(':');
}

function inspectTop(bytes: Uint8Array, limits: ScreeningLimits): ZipInspection {
  const state: InspectionState = {
    limits,
    budget: { remaining: limits.maxExpandedBytes },
    totalEntries: 0,
    declared: 0,
    depth: 1,
    nested: [],
    paths: [],
    problems: [],
  };
  const top = inspectLevel(bytes, '', 1, state);
  return {
    entries: top.entries,
    totalEntries: state.totalEntries,
    declaredExpandedBytes: state.declared,
    archiveBytes: bytes.length,
    compressionRatio: top.declared / Math.max(bytes.length, 1),
    depth: state.depth,
    nestedArchives: state.nested,
    paths: state.paths,
    problems: state.problems,
  };
}

interface InspectionState {
  limits: ScreeningLimits;
  budget: ExpansionBudget;
  totalEntries: number;
  declared: number;
  depth: number;
  nested: string[];
  paths: string[];
  problems: ZipProblem[];
}

function inspectLevel(
  bytes: Uint8Array,
  archive: string,
  depth: number,
  state: InspectionState,
): { entries: ZipEntry[]; declared: number } {
  const { limits, problems } = state;
  const directory = readZipDirectory(bytes, limits.maxArchiveEntries + 1);
  if (!directory.ok) {
    problems.push({ kind: 'corrupt', archive, detail: directory.problem });
    return { entries: [], declared: 0 };
  }
  const { entries } = directory;
  const before = problems.length;
  state.totalEntries += directory.declaredEntryCount;
  if (state.totalEntries > limits.maxArchiveEntries) {
    problems.push({
      kind: 'too-many-entries',
      archive,
      detail: `${state.totalEntries} entries declared; the limit is ${limits.maxArchiveEntries}`,
    });
  }
  let declared = 0;
  for (const entry of entries) {
    declared += entry.uncompressedSize;
    if (state.paths.length < limits.maxArchiveEntries) state.paths.push(archive ? `${archive}/${entry.name}` : entry.name);
  }
  state.declared += declared;
  if (state.declared > limits.maxExpandedBytes) {
    problems.push({
      kind: 'too-large',
      archive,
      detail: `${state.declared} bytes declared when expanded; the limit is ${limits.maxExpandedBytes}`,
    });
  }
  const ratio = declared / Math.max(bytes.length, 1);
  if (declared > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
    problems.push({
      kind: 'compression-ratio',
      archive,
      detail: `expands ${Math.round(ratio)}× (${declared} bytes from ${bytes.length}); the limit is ${limits.maxCompressionRatio}×`,
    });
  }
  checkEntries(bytes, archive, entries, limits, problems);
  const safe = problems.slice(before).every((problem) => !isBlocking(problem));
  if (safe) inspectNested(bytes, archive, depth, entries, state);
  return { entries, declared };
}

function checkEntries(
  bytes: Uint8Array,
  archive: string,
  entries: ZipEntry[],
  limits: ScreeningLimits,
  problems: ZipProblem[],
): void {
  const spans: { start: number; end: number; name: string }[] = [];
  for (const entry of entries) {
    if (isTraversalName(entry.name)) {
      problems.push({ kind: 'path-traversal', archive, entry: entry.name, detail: 'entry name escapes the archive folder' });
    }
    if (entry.encrypted) problems.push({ kind: 'encrypted', archive, entry: entry.name, detail: 'entry is encrypted' });
    else if (entry.method !== 0 && entry.method !== 8) {
      problems.push({ kind: 'unsupported-method', archive, entry: entry.name, detail: `compression method ${entry.method}` });
    }
    const entryRatio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && entryRatio > limits.maxCompressionRatio) {
      problems.push({
        kind: 'compression-ratio',
        archive,
        entry: entry.name,
        detail: `entry expands ${Math.round(entryRatio)}× (${entry.uncompressedSize} bytes from ${entry.compressedSize})`,
      });
    }
    const range = entryDataRange(bytes, entry);
    if (!range) {
      problems.push({ kind: 'corrupt', archive, entry: entry.name, detail: 'local header missing or data truncated' });
      continue;
    }
    spans.push({ start: entry.localHeaderOffset, end: range.end, name: entry.name });
  }
  // Entries sharing bytes are how non-recursive zip bombs multiply a small payload.
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1]!;
    const current = spans[i]!;
    if (current.start < previous.end) {
      problems.push({
        kind: 'overlapping-entries',
        archive,
        entry: current.name,
        detail: `entry data overlaps "${previous.name}"`,
      });
      break;
    }
  }
}

function inspectNested(
  bytes: Uint8Array,
  archive: string,
  depth: number,
  entries: ZipEntry[],
  state: InspectionState,
): void {
  for (const entry of entries) {
    if (entry.directory || entry.uncompressedSize < 22 || PLAIN_ENDINGS.test(entry.name)) continue;
    const head = expandEntryHead(bytes, entry, 4);
    if (!head || !ZIP_MAGIC.every((byte, i) => head[i] === byte)) continue;
    const path = archive ? `${archive}/${entry.name}` : entry.name;
    state.nested.push(path);
    state.depth = Math.max(state.depth, depth + 1);
    if (depth + 1 > state.limits.maxNestingDepth) {
      state.problems.push({
        kind: 'nesting-too-deep',
        archive,
        entry: entry.name,
        detail: `archive nested ${depth + 1} levels deep; the limit is ${state.limits.maxNestingDepth}`,
      });
      return;
    }
    const expanded = expandZipEntry(bytes, entry, state.budget);
    if (!expanded.ok) {
      const kind = expanded.kind === 'limit' ? 'too-large' : expanded.kind;
      state.problems.push({ kind, archive, entry: entry.name, detail: expanded.problem });
      if (kind === 'too-large') return;
      continue;
    }
    inspectLevel(expanded.data, path, depth + 1, state);
    if (state.problems.some(isBlocking)) return;
  }
}
