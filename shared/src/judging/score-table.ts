import { compareStrings } from './compare-strings.js';
import type { Score } from './types.js';

// Columnar form of a score list: ids interned to small integers and values in typed arrays, so
// the heavy loops (300,000 scores in the benchmark) run over numbers instead of string keys.
//
// Everything is put in a canonical order first: ids are numbered in sorted order and `order`
// lists the rows by (entry, juror, criterion). Sums taken in that order give the same bits
// whatever order the scores arrived in, so means, rankings and ties never depend on input order.
export interface ScoreTable {
  /** Sorted. */
  entryIds: string[];
  /** Sorted. */
  jurorIds: string[];
  /** The known criteria first, in the order given, then any others sorted. */
  criterionIds: string[];
  entry: Int32Array;
  juror: Int32Array;
  criterion: Int32Array;
  value: Float64Array;
  /** Row indices in canonical order: by entry, then juror, then criterion. */
  order: Int32Array;
  size: number;
}

export function buildScoreTable(scores: readonly Score[], knownCriterionIds: readonly string[] = []): ScoreTable {
  const n = scores.length;
  const entry = new Int32Array(n);
  const juror = new Int32Array(n);
  const criterion = new Int32Array(n);
  const value = new Float64Array(n);
  const entries = new Map<string, number>();
  const jurors = new Map<string, number>();
  const criteria = new Map<string, number>();
  // Scores usually arrive grouped by entry (and criterion), so remembering the last id saves
  // most map look-ups.
  let lastEntry = '';
  let lastEntryIndex = -1;
  let lastCriterion = '';
  let lastCriterionIndex = -1;
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (lastEntryIndex < 0 || s.entryId !== lastEntry) {
      lastEntry = s.entryId;
      lastEntryIndex = intern(entries, lastEntry);
    }
    if (lastCriterionIndex < 0 || s.criterionId !== lastCriterion) {
      lastCriterion = s.criterionId;
      lastCriterionIndex = intern(criteria, lastCriterion);
    }
    entry[i] = lastEntryIndex;
    criterion[i] = lastCriterionIndex;
    juror[i] = intern(jurors, s.jurorId);
    value[i] = s.value;
  }
  const entryIds = renumber(entries, entry, []);
  const jurorIds = renumber(jurors, juror, []);
  const criterionIds = renumber(criteria, criterion, knownCriterionIds);
  // LSD radix sort: stable passes by the least significant key first.
  let order = countingSort(identity(n), criterion, criterionIds.length);
  order = countingSort(order, juror, jurorIds.length);
  order = countingSort(order, entry, entryIds.length);
  return { entryIds, jurorIds, criterionIds, entry, juror, criterion, value, order, size: n };
}

function intern(map: Map<string, number>, id: string): number {
  let index = map.get(id);
  if (index === undefined) {
    index = map.size;
    map.set(id, index);
  }
  return index;
}

/** Renumbers interned ids so that `first` come first (in that order) and the rest sorted. */
function renumber(map: Map<string, number>, column: Int32Array, first: readonly string[]): string[] {
  const leading = [...new Set(first)];
  const leadingSet = new Set(leading);
  const ids = [...leading, ...[...map.keys()].filter((id) => !leadingSet.has(id)).sort(compareStrings)];
  const remap = new Int32Array(map.size);
  ids.forEach((id, rank) => {
    const old = map.get(id);
    if (old !== undefined) remap[old] = rank;
  });
  for (let i = 0; i < column.length; i++) column[i] = remap[column[i]];
  return ids;
}

function identity(n: number): Int32Array {
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}

/** Stable counting sort of `rows` by `keys[row]` in [0, range). */
function countingSort(rows: Int32Array, keys: Int32Array, range: number): Int32Array {
  const start = new Int32Array(range + 1);
  for (let r = 0; r < rows.length; r++) start[keys[rows[r]] + 1]++;
  for (let k = 0; k < range; k++) start[k + 1] += start[k];
  const sorted = new Int32Array(rows.length);
  for (let r = 0; r < rows.length; r++) sorted[start[keys[rows[r]]]++] = rows[r];
  return sorted;
}

/**
 * Groups rows by an integer key (counting sort, O(n + groups)): `start[g]..start[g+1]` in `rows`
 * are the rows of group g, in the table's canonical order.
 */
export function groupRows(table: ScoreTable, keys: Int32Array, groupCount: number): { start: Int32Array; rows: Int32Array } {
  const rows = countingSort(table.order, keys, groupCount);
  const start = new Int32Array(groupCount + 1);
  for (let i = 0; i < keys.length; i++) start[keys[i] + 1]++;
  for (let g = 0; g < groupCount; g++) start[g + 1] += start[g];
  return { start, rows };
}
