import { describe, expect, it } from 'vitest';
import { pricePoints } from './price-points.js';

const scale = { min: 0, max: 10 };

describe('pricePoints', () => {
  it('gives no price points when the method has no price model', () => {
    expect(pricePoints({ kind: 'none' }, scale, 100, 100)).toBeNull();
  });
  it('gives full points at or below the reference price of an absolute model and loses `slope` points per 100 % above', () => {
    const model = { kind: 'absolute', referencePrice: 1000, slope: 10 } as const;
    expect(pricePoints(model, scale, 800, 800)).toBe(10);
    expect(pricePoints(model, scale, 1000, 800)).toBe(10);
    expect(pricePoints(model, scale, 1500, 800)).toBe(5);
    expect(pricePoints(model, scale, 5000, 800)).toBe(0);
  });
  it('falls in a straight line to the scale minimum at the maximum price', () => {
    const model = { kind: 'absolute', referencePrice: 1000, maxPrice: 2000 } as const;
    expect(pricePoints(model, scale, 1250, 0)).toBe(7.5);
    expect(pricePoints(model, scale, 2000, 0)).toBe(0);
  });
  it('scores an absolute price the same whatever the other bids are', () => {
    const model = { kind: 'absolute', referencePrice: 1000, slope: 10 } as const;
    expect(pricePoints(model, scale, 1200, 100)).toBe(pricePoints(model, scale, 1200, 1100));
  });
  it('follows the linear relative formula max − max·(P − Pmin)/Pmin', () => {
    const model = { kind: 'relative-linear' } as const;
    expect(pricePoints(model, scale, 100, 100)).toBe(10);
    expect(pricePoints(model, scale, 150, 100)).toBe(5);
    expect(pricePoints(model, scale, 300, 100)).toBe(0);
  });
  it('follows the proportional relative formula max·Pmin/P', () => {
    const model = { kind: 'relative-proportional' } as const;
    expect(pricePoints(model, scale, 200, 100)).toBe(5);
    expect(pricePoints(model, { min: 1, max: 5 }, 200, 100)).toBe(3);
  });
  it('refuses a negative price', () => {
    expect(() => pricePoints({ kind: 'relative-linear' }, scale, -1, 0)).toThrow(RangeError);
  });
});
