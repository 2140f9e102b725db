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
  const n = items.length;
  const width = items.reduce((w, item) => Math.max(w, item.keys.length), 0);
  // Flat, quantised keys: the comparator below runs O(n log n) times and should touch numbers only.
  const keys = new Float64Array(n * width);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < width; k++) keys[i * width + k] = quantise(orLowest(items[i].keys[k]));
  }
  const compareKeys = (a: number, b: number): number => {
    for (let k = 0; k < width; k++) {
      const x = keys[a * width + k];
      const y = keys[b * width + k];
      if (x !== y) return x > y ? -1 : 1;
    }
    return 0;
  };
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => compareKeys(a, b) || compareStrings(items[a].id, items[b].id));
  const ranked: RankedItem[] = new Array(n);
  let groupStart = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && compareKeys(order[i - 1], order[i]) === 0) continue;
    const tied = i - groupStart > 1;
    for (let k = groupStart; k < i; k++) ranked[k] = { id: items[order[k]].id, rank: groupStart + 1, tied };
    groupStart = i;
  }
  return ranked;
}

/** NaN and missing keys sort as the lowest value. */
function orLowest(value: number | undefined): number {
  return value === undefined || Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
}
