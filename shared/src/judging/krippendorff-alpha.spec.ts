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
  const accumulate = (values: readonly (readonly number[])[], shift?: number) => {
    const accumulator = new IntervalAlphaAccumulator(shift);
    for (const unit of values) accumulator.add(unit);
    return accumulator.alpha();
  };
  const mean = (values: readonly (readonly number[])[]) => {
    const all = values.filter((u) => u.length >= 2).flat();
    return all.reduce((a, b) => a + b, 0) / all.length;
  };

  it('gives krippendorffAlpha exactly when shifted by the mean, one unit at a time', () => {
    expect(accumulate(units, mean(units))).toBe(krippendorffAlpha(units));
    expect(accumulate(units, mean(units))).toBeCloseTo(0.849, 3);
  });

  it('gives the same alpha up to rounding from the middle of the scale, with values far from zero', () => {
    // 10,000 entries × 5 jurors on 0–100: what an evaluation report reads batch by batch.
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const many = Array.from({ length: 10_000 }, (_, e) => Array.from({ length: 2 + (e % 4) }, () => Math.round(40 + 50 * next())));
    expect(accumulate(many, 50)).toBeCloseTo(krippendorffAlpha(many)!, 12);
    const far = many.map((u) => u.map((x) => x + 1e6));
    expect(accumulate(far, 1e6 + 50)).toBeCloseTo(krippendorffAlpha(many)!, 9);
  });

  it('ignores units it cannot pair and is null without variation or pairs', () => {
    expect(accumulate([...units, [3], []], mean(units))).toBe(krippendorffAlpha(units));
    expect(accumulate([[3, 3], [3, 3, 3]], 2.5)).toBeNull();
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
