import type { Localised } from '../../common/localised.js';
import type { EntrySnapshot, SnapshotWithoutReviews } from '../snapshot.js';
import { compareCodePoints } from '../compare.js';
import type { ReviewBatch } from './review-batches.js';
import type { SheetColumn, SheetId, SheetOptions, SheetRow } from './sheet-types.js';

interface SheetBase {
  id: SheetId;
  name: Localised;
  fileName: string;
  columns(snapshot: SnapshotWithoutReviews, options: SheetOptions): SheetColumn[];
}

/** A sheet whose rows come from the snapshot alone, built lazily. */
export interface SnapshotSheetDefinition extends SheetBase {
  source: 'snapshot';
  rowsOf(snapshot: SnapshotWithoutReviews, options: SheetOptions): Iterable<SheetRow>;
}

/**
 * A sheet that lists reviews: its rows come one batch of reviews at a time (see ReviewBatch), so
 * 300,000 scores never have to be in memory together.
 */
export interface ReviewSheetDefinition extends SheetBase {
  source: 'reviews';
  rowsOfBatch(snapshot: SnapshotWithoutReviews, batch: ReviewBatch, options: SheetOptions): Iterable<SheetRow>;
}

export type SheetDefinition = SnapshotSheetDefinition | ReviewSheetDefinition;

export type EntryIndex = ReadonlyMap<string, EntrySnapshot>;

export function entryIndex(snapshot: { readonly entries: readonly EntrySnapshot[] }): EntryIndex {
  return new Map(snapshot.entries.map((entry) => [entry.id, entry]));
}

/** A snapshot that refers to an entry it does not contain is broken; say so instead of guessing. */
export function requireEntry(index: EntryIndex, entryId: string): EntrySnapshot {
  const entry = index.get(entryId);
  if (!entry) throw new Error(`The snapshot refers to entry ${entryId}, which it does not contain`);
  return entry;
}

/** Entries in the order readers expect: by label ("Entry 2" before "Entry 10"), then id. */
export function entriesInLabelOrder(snapshot: { readonly entries: readonly EntrySnapshot[] }): EntrySnapshot[] {
  // compareLabels splits labels on every comparison; split each label once instead.
  const keyed = snapshot.entries.map((entry) => ({ entry, parts: labelParts(entry.label) }));
  keyed.sort((a, b) => compareLabelParts(a.parts, b.parts) || compareCodePoints(a.entry.id, b.entry.id));
  return keyed.map((k) => k.entry);
}

type LabelPart = string | { digits: string; value: number };

function labelParts(label: string): LabelPart[] {
  return (label.match(/\d+|\D+/g) ?? []).map((part) => (/^\d/.test(part) ? { digits: part, value: Number(part) } : part));
}

/** compareLabels on labels split beforehand: the same order. */
function compareLabelParts(a: readonly LabelPart[], b: readonly LabelPart[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    const order =
      typeof x !== 'string' && typeof y !== 'string'
        ? x.value - y.value || x.digits.length - y.digits.length
        : compareCodePoints(typeof x === 'string' ? x : x.digits, typeof y === 'string' ? y : y.digits);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

export function column(key: string, da: string, en: string, kind: SheetColumn['kind'] = 'text', decimals?: number): SheetColumn {
  return decimals === undefined ? { key, header: { da, en }, kind } : { key, header: { da, en }, kind, decimals };
}
