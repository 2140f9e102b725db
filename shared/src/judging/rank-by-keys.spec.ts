import { describe, expect, it } from 'vitest';
import { quantise, rankByKeys } from './rank-by-keys.js';

describe('rankByKeys', () => {
  it('gives tied items the same rank and skips the places they share', () => {
    const ranked = rankByKeys([
      { id: 'd', keys: [1] },
      { id: 'b', keys: [5] },
      { id: 'c', keys: [5] },
      { id: 'a', keys: [9] },
    ]);
    expect(ranked).toEqual([
      { id: 'a', rank: 1, tied: false },
      { id: 'b', rank: 2, tied: true },
      { id: 'c', rank: 2, tied: true },
      { id: 'd', rank: 4, tied: false },
    ]);
  });

  it('treats values that differ only by floating-point noise as equal', () => {
    const ranked = rankByKeys([
      { id: 'x', keys: [0.1 + 0.2] },
      { id: 'y', keys: [0.3] },
    ]);
    expect(ranked.every((r) => r.tied && r.rank === 1)).toBe(true);
    expect(quantise(0.1 + 0.2)).toBe(quantise(0.3));
  });

  it('puts a missing or NaN key below every number', () => {
    const ranked = rankByKeys([
      { id: 'nan', keys: [1, Number.NaN] },
      { id: 'none', keys: [1] },
      { id: 'low', keys: [1, -1e9] },
    ]);
    expect(ranked.map((r) => `${r.rank}${r.tied ? '=' : ''}${r.id}`)).toEqual(['1low', '2=nan', '2=none']);
  });
});
