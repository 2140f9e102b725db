import { describe, expect, it } from 'vitest';
import { seededRandom, shuffled } from './seeded-random.js';

describe('seededRandom', () => {
  it('replays the same sequence for the same seed', () => {
    const a = seededRandom('challenge-42');
    const b = seededRandom('challenge-42');
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  it('gives another sequence for another seed', () => {
    expect(seededRandom('x')()).not.toBe(seededRandom('y')());
  });

  it('stays in [0, 1) and spreads roughly evenly', () => {
    const random = seededRandom('spread');
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const x = random();
      expect(x >= 0 && x < 1).toBe(true);
      buckets[Math.floor(x * 10)]!++;
    }
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});

describe('shuffled', () => {
  it('returns a permutation and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5, 6];
    const output = shuffled(input, seededRandom('s'));
    expect([...output].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
