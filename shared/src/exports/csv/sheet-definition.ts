import type { Localised } from '../../common/localised.js';
import type { DecidedChallengeSnapshot, EntrySnapshot } from '../snapshot.js';
import { compareCodePoints, compareLabels } from '../compare.js';
import type { SheetColumn, SheetId, SheetOptions, SheetRow } from './sheet-types.js';

/** One sheet: its name, its columns and a lazy row builder. */
export interface SheetDefinition {
  id: SheetId;
  name: Localised;
  fileName: string;
  columns(snapshot: DecidedChallengeSnapshot, options: SheetOptions): SheetColumn[];
  rowsOf(snapshot: DecidedChallengeSnapshot, options: SheetOptions): Iterable<SheetRow>;
}

export type EntryIndex = ReadonlyMap<string, EntrySnapshot>;

export function entryIndex(snapshot: DecidedChallengeSnapshot): EntryIndex {
  return new Map(snapshot.entries.map((entry) => [entry.id, entry]));
}

/** A snapshot that refers to an entry it does not contain is broken; say so instead of guessing. */
export function requireEntry(index: EntryIndex, entryId: string): EntrySnapshot {
  const entry = index.get(entryId);
  if (!entry) throw new Error(`The snapshot refers to entry ${entryId}, which it does not contain`);
  return entry;
}

/** Entries in the order readers expect: by label ("Entry 2" before "Entry 10"), then id. */
export function entriesInLabelOrder(snapshot: DecidedChallengeSnapshot): EntrySnapshot[] {
  return snapshot.entries.toSorted((a, b) => compareLabels(a.label, b.label) || compareCodePoints(a.id, b.id));
}

export function column(key: string, da: string, en: string, kind: SheetColumn['kind'] = 'text', decimals?: number): SheetColumn {
  return decimals === undefined ? { key, header: { da, en }, kind } : { key, header: { da, en }, kind, decimals };
}
