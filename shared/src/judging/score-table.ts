import type { Score } from './types.js';

// Columnar form of a score list: ids interned to small integers and values in typed arrays, so
// the heavy loops (300,000 scores in the benchmark) run over numbers instead of string keys.
export interface ScoreTable {
  entryIds: string[];
  jurorIds: string[];
  criterionIds: string[];
  entry: Int32Array;
  juror: Int32Array;
  criterion: Int32Array;
  value: Float64Array;
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
  for (const id of knownCriterionIds) if (!criteria.has(id)) criteria.set(id, criteria.size);
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    entry[i] = intern(entries, s.entryId);
    juror[i] = intern(jurors, s.jurorId);
    criterion[i] = intern(criteria, s.criterionId);
    value[i] = s.value;
  }
  return {
    entryIds: [...entries.keys()],
    jurorIds: [...jurors.keys()],
    criterionIds: [...criteria.keys()],
    entry,
    juror,
    criterion,
    value,
    size: n,
  };
}

function intern(map: Map<string, number>, id: string): number {
  let index = map.get(id);
  if (index === undefined) {
    index = map.size;
    map.set(id, index);
  }
  return index;
}

/**
 * Groups row indices by an integer key (counting sort): `start[g]..start[g+1]` in `rows` are the
 * rows of group g. O(n + groups), no per-group allocation.
 */
export function groupRows(keys: Int32Array, groupCount: number): { start: Int32Array; rows: Int32Array } {
  const start = new Int32Array(groupCount + 1);
  for (let i = 0; i < keys.length; i++) start[keys[i] + 1]++;
  for (let g = 0; g < groupCount; g++) start[g + 1] += start[g];
  const cursor = start.slice(0, groupCount);
  const rows = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) rows[cursor[keys[i]]++] = i;
  return { start, rows };
}

/**
 * Sum of values in an order-independent way: the values are sorted before adding, so the same
 * multiset of scores always gives the same bits whatever order the scores arrived in. That keeps
 * rankings and ties independent of input order.
 */
export function stableSum(values: Float64Array): number {
  values.sort();
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum;
}
