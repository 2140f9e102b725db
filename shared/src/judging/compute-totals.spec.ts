import { describe, expect, it } from 'vitest';
import type { CriterionAggregate } from './aggregate-scores.js';
import { computeEntryTotal, describeThresholdReason, scaleToHundred, type TotalsMethod } from './compute-totals.js';

function used(value: number | null): CriterionAggregate {
  return { count: value === null ? 0 : 3, mean: value, median: value, normalised: value, used: value };
}

// Horizon Europe style: three criteria scored 0–5, threshold 3 each and 10 of 15 overall, which
// is a mean of 10/3 on the scale.
const horizon: TotalsMethod = {
  scale: { min: 0, max: 5, step: 0.5 },
  criteria: [
    { id: 'excellence', weight: 1, threshold: 3 },
    { id: 'impact', weight: 1, threshold: 3 },
    { id: 'implementation', weight: 1, threshold: 3 },
  ],
  overallThreshold: 10 / 3,
};

describe('scaleToHundred', () => {
  it('maps the bottom of the scale to 0 and the top to 100', () => {
    expect(scaleToHundred(1, { min: 1, max: 7 })).toBe(0);
    expect(scaleToHundred(7, { min: 1, max: 7 })).toBe(100);
    expect(scaleToHundred(4, { min: 1, max: 7 })).toBe(50);
  });
});

describe('computeEntryTotal', () => {
  it('weighs criteria on 0–100 by their weights and divides by the weight sum', () => {
    const method: TotalsMethod = {
      criteria: [
        { id: 'a', weight: 3, scale: { min: 0, max: 10 } },
        { id: 'b', weight: 1, scale: { min: 1, max: 5 } },
      ],
    };
    const result = computeEntryTotal('e1', { a: used(8), b: used(2) }, method, undefined, undefined);
    // a → 80, b → 25; (3·80 + 1·25)/4 = 66.25
    expect(result.total).toBeCloseTo(66.25, 12);
    expect([scaleToHundred(8, method.criteria[0]!.scale!), scaleToHundred(2, method.criteria[1]!.scale!)]).toEqual([80, 25]);
    expect(result.belowThreshold).toBe(false);
  });

  it('adds screening area scores and price points by their published weights', () => {
    const method: TotalsMethod = {
      criteria: [{ id: 'a', weight: 60, scale: { min: 0, max: 5 } }],
      screeningWeights: { security: 10, climate: 10 },
      priceWeight: 20,
    };
    const result = computeEntryTotal('e1', { a: used(5) }, method, { security: 50, climate: 0, sovereignty: 100 }, 75);
    // (60·100 + 10·50 + 10·0 + 20·75)/100 = 80; sovereignty has no weight and is ignored.
    expect(result.total).toBeCloseTo(80, 12);
    expect(result.screening).toEqual({ security: 50, climate: 0 });
    expect(result.pricePoints).toBe(75);
  });

  it('reads price points on the method\'s scale and the criteria on it when they have none of their own', () => {
    const method: TotalsMethod = { scale: { min: 1, max: 5 }, criteria: [{ id: 'a', weight: 50 }], priceWeight: 50 };
    const result = computeEntryTotal('e1', { a: used(4) }, method, undefined, 2);
    // a: (4 − 1)/4 → 75; price: (2 − 1)/4 → 25; total 50.
    expect(scaleToHundred(4, method.scale!)).toBe(75);
    expect(result.total).toBeCloseTo(50, 12);
    expect(result.criteriaScore).toBeCloseTo(4, 12);
  });

  it('counts a missing part as zero points and lists it', () => {
    const method: TotalsMethod = {
      criteria: [
        { id: 'a', weight: 1, scale: { min: 0, max: 10 } },
        { id: 'b', weight: 1, scale: { min: 0, max: 10 } },
      ],
      screeningWeights: { security: 1 },
      priceWeight: 1,
    };
    const result = computeEntryTotal('e1', { a: used(10), b: used(null) }, method, undefined, null);
    expect(result.total).toBeCloseTo(25, 12);
    expect(result.missing).toEqual([
      { kind: 'criterion', criterionId: 'b' },
      { kind: 'screening', area: 'security' },
      { kind: 'price' },
    ]);
  });

  it('marks an entry below threshold on one criterion, with the reason', () => {
    const result = computeEntryTotal('e1', { excellence: used(5), impact: used(2.5), implementation: used(5) }, horizon, undefined, undefined);
    expect(result.belowThreshold).toBe(true);
    expect(result.reasons).toEqual([{ kind: 'criterion', criterionId: 'impact', score: 2.5, threshold: 3 }]);
  });

  it('marks an entry below the overall threshold even when every criterion passes', () => {
    // 3 + 3 + 3.5 = 9.5 of 15.
    const result = computeEntryTotal('e1', { excellence: used(3), impact: used(3), implementation: used(3.5) }, horizon, undefined, undefined);
    expect(result.reasons).toEqual([{ kind: 'overall', score: 9.5 / 3, threshold: 10 / 3 }]);
    expect(result.belowThreshold).toBe(true);
  });

  it('lets 10 of 15 pass the overall threshold', () => {
    const result = computeEntryTotal('e1', { excellence: used(3), impact: used(3.5), implementation: used(3.5) }, horizon, undefined, undefined);
    expect(result.belowThreshold).toBe(false);
  });

  it('lets a score exactly at the threshold pass despite floating-point noise', () => {
    const noisy = (2.28 + 4.77 + 1.95) / 3; // 2.9999999999999996 in floating point
    const result = computeEntryTotal('e1', { excellence: used(noisy), impact: used(3.5), implementation: used(3.5) }, horizon, undefined, undefined);
    expect(result.belowThreshold).toBe(false);
  });
});

describe('describeThresholdReason', () => {
  it('explains a failed criterion in both languages with the criterion name', () => {
    const text = describeThresholdReason({ kind: 'criterion', criterionId: 'impact', score: 2.5, threshold: 3 }, () => ({ da: 'Effekt', en: 'Impact' }));
    expect(text).toEqual({ da: 'Effekt: 2.5 er under tærsklen 3.', en: 'Impact: 2.5 is below the threshold of 3.' });
  });
});
