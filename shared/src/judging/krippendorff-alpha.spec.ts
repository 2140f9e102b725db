import { describe, expect, it } from 'vitest';
import { IntervalAlphaAccumulator, agreementByCriterion, krippendorffAlpha } from './krippendorff-alpha.js';
import type { Score } from './types.js';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
// twelve units, missing values (null). The paper reports nominal α = 0.743 and interval α = 0.849.
const observers: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null], // A
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3], // B
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null], // C
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null], // D
];
const units = observers[0]!.map((_, u) => observers.map((row) => row[u]).filter((v): v is number => v !== null));

describe('krippendorffAlpha', () => {
  it('reproduces the interval alpha of Krippendorff\'s 2011 worked example', () => {
    expect(krippendorffAlpha(units, 'interval')).toBeCloseTo(0.849, 3);
  });

  it('reproduces the nominal alpha of the same example', () => {
    expect(krippendorffAlpha(units, 'nominal')).toBeCloseTo(0.743, 3);
  });

  it('drops units with a single value, as the paper does with unit 12', () => {
    expect(krippendorffAlpha(units.slice(0, 11))).toBe(krippendorffAlpha(units));
  });

  it('is 1 when every coder agrees on every unit', () => {
    expect(krippendorffAlpha([[1, 1, 1], [4, 4], [2, 2, 2, 2]])).toBe(1);
    expect(krippendorffAlpha([[1, 1], [3, 3]], 'nominal')).toBe(1);
  });

  it('is undefined (null) when there is no variation or nothing to pair', () => {
    expect(krippendorffAlpha([[3, 3], [3, 3, 3]])).toBeNull();
    expect(krippendorffAlpha([[1], [2]])).toBeNull();
    expect(krippendorffAlpha([])).toBeNull();
  });

  it('is below 0 when coders disagree systematically', () => {
    // Two coders give opposite ends of the scale on every unit.
    expect(krippendorffAlpha([[1, 5], [5, 1], [1, 5], [5, 1]])!).toBeLessThan(0);
  });

  it('does not change when every value is shifted by a constant (interval metric)', () => {
    const shifted = units.map((u) => u.map((x) => x + 1000));
    expect(krippendorffAlpha(shifted)).toBeCloseTo(krippendorffAlpha(units)!, 10);
  });
});

describe('IntervalAlphaAccumulator', () => {
  const accumulate = (values: readonly (readonly number[])[]) => {
    const accumulator = new IntervalAlphaAccumulator();
    for (const unit of values) accumulator.add(unit);
    return accumulator.alpha();
  };

  it('gives krippendorffAlpha up to rounding, one unit at a time', () => {
    expect(accumulate(units)).toBeCloseTo(krippendorffAlpha(units)!, 12);
    expect(accumulate(units)).toBeCloseTo(0.849, 3);
  });

  it('gives krippendorffAlpha up to rounding for many units far from zero', () => {
    // 10,000 entries × 2–5 jurors: what an evaluation report reads batch by batch.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const many = Array.from({ length: 10_000 }, (_, e) => Array.from({ length: 2 + (e % 4) }, () => Math.round(40 + 50 * next()) / 10));
    expect(accumulate(many)).toBeCloseTo(krippendorffAlpha(many)!, 12);
    const far = many.map((u) => u.map((x) => x + 1e6));
    expect(accumulate(far)).toBeCloseTo(krippendorffAlpha(many)!, 6);
  });

  it('is null, as krippendorffAlpha is, when every score is the same, fractions included', () => {
    for (const [value, entries, jurors] of [[0.3, 10, 3], [1.7, 3, 3], [0.3, 1000, 5], [7.3, 50, 4], [99.9, 20, 2]] as const) {
      const same = Array.from({ length: entries }, () => Array.from({ length: jurors }, () => value));
      expect(krippendorffAlpha(same)).toBeNull();
      expect(accumulate(same)).toBeNull();
    }
  });

  it('ignores units it cannot pair and is null without pairs', () => {
    expect(accumulate([...units, [3], []])).toBe(accumulate(units));
    expect(accumulate([[1], [2]])).toBeNull();
    expect(accumulate([])).toBeNull();
  });
});

describe('agreementByCriterion', () => {
  it('computes the same interval alpha from a flat list of scores with missing ones', () => {
    const scores: Score[] = [];
    observers.forEach((row, j) =>
      row.forEach((value, u) => {
        if (value !== null) scores.push({ entryId: `u${u}`, jurorId: `o${j}`, criterionId: 'c', value });
      }),
    );
    scores.push({ entryId: 'u0', jurorId: 'o0', criterionId: 'other', value: 1 });
    const agreement = agreementByCriterion(scores, ['c', 'other', 'unscored']);
    expect(agreement.c!.alpha).toBeCloseTo(0.849, 3);
    expect(agreement.c!.units).toBe(11);
    expect(agreement.c!.values).toBe(40);
    expect(agreement.other).toEqual({ alpha: null, units: 0, values: 0 });
    expect(agreement.unscored).toEqual({ alpha: null, units: 0, values: 0 });
  });
});
