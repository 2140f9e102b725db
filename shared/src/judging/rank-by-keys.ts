import { compareStrings } from './compare-strings.js';

export interface KeyedItem {
  id: string;
  /** Higher is better; compared in order: the first key, then the next only when equal, and so on. */
  keys: readonly number[];
}

export interface RankedItem {
  id: string;
  rank: number;
  tied: boolean;
}

// Keys are compared after rounding to this grid, so values that differ only by floating-point
// noise (the same scores added in another order) count as equal instead of being split by chance.
const GRID = 1e9;

export function quantise(value: number): number {
  return Number.isFinite(value) ? Math.round(value * GRID) / GRID : value;
}

/**
 * Standard competition ranking (1, 2, 2, 4) by the keys, highest first. Items equal on every key
 * share a rank and are marked tied: the id is never used to split them, it only orders tied
 * items in the output so the list reads the same every time.
 */
export function rankByKeys(items: readonly KeyedItem[]): RankedItem[] {
  const prepared = items.map((item) => ({ id: item.id, keys: item.keys.map(quantise) }));
  prepared.sort((a, b) => compareKeys(a.keys, b.keys) || compareStrings(a.id, b.id));
  const ranked: RankedItem[] = new Array(prepared.length);
  let groupStart = 0;
  for (let i = 1; i <= prepared.length; i++) {
    if (i < prepared.length && compareKeys(prepared[i - 1].keys, prepared[i].keys) === 0) continue;
    const tied = i - groupStart > 1;
    for (let k = groupStart; k < i; k++) ranked[k] = { id: prepared[k].id, rank: groupStart + 1, tied };
    groupStart = i;
  }
  return ranked;
}

/** Descending: a negative result puts `a` first. NaN and missing keys sort as the lowest value. */
function compareKeys(a: readonly number[], b: readonly number[]): number {
  const length = Math.max(a.length, b.length);
  for (let k = 0; k < length; k++) {
    const x = orLowest(a[k]);
    const y = orLowest(b[k]);
    if (x !== y) return x > y ? -1 : 1;
  }
  return 0;
}

function orLowest(value: number | undefined): number {
  return value === undefined || Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
}
