import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absolutePricePoints,
  computePricePoints,
  priceModelWarning,
  relativeLinearPricePoints,
  relativeProportionalPricePoints,
  type PricedBid,
} from './price-points.js';
import type { PriceModel } from './types.js';

const absolute: PriceModel = { kind: 'absolute', referencePrice: 100, maxPrice: 200 };

describe('price point formulas', () => {
  it('gives full points at or below the reference price and none at or above the maximum price', () => {
    const model = { kind: 'absolute', referencePrice: 100, maxPrice: 200 } as const;
    expect(absolutePricePoints(80, model)).toBe(100);
    expect(absolutePricePoints(100, model)).toBe(100);
    expect(absolutePricePoints(150, model)).toBe(50);
    expect(absolutePricePoints(250, model)).toBe(0);
  });

  it('takes a slope as points lost per 100 % above the reference, on the method scale', () => {
    // 0–5 scale, 2 points lost per 100 %: 20 % over the reference costs 0.4 points.
    expect(absolutePricePoints(120, { kind: 'absolute', referencePrice: 100, slope: 2 }, { min: 0, max: 5 })).toBeCloseTo(4.6, 12);
    expect(absolutePricePoints(500, { kind: 'absolute', referencePrice: 100, slope: 2 }, { min: 0, max: 5 })).toBe(0);
  });

  it('refuses an absolute model with neither a usable slope nor a maximum price', () => {
    expect(() => absolutePricePoints(150, { kind: 'absolute', referencePrice: 100 })).toThrow(RangeError);
    expect(() => absolutePricePoints(150, { kind: 'absolute', referencePrice: 100, maxPrice: 100 })).toThrow(RangeError);
  });

  it('applies the relative linear formula and floors it at the bottom of the scale', () => {
    expect(relativeLinearPricePoints(100, 100)).toBe(100);
    expect(relativeLinearPricePoints(150, 100)).toBe(50);
    expect(relativeLinearPricePoints(300, 100)).toBe(0);
    expect(relativeLinearPricePoints(150, 100, { min: 1, max: 5 })).toBe(3);
  });

  it('applies the proportional formula', () => {
    expect(relativeProportionalPricePoints(200, 100, { min: 0, max: 10 })).toBe(5);
    expect(relativeProportionalPricePoints(100, 100, { min: 0, max: 10 })).toBe(10);
  });

  it('handles a free offer without dividing by zero', () => {
    expect(relativeLinearPricePoints(0, 0)).toBe(100);
    expect(relativeLinearPricePoints(10, 0)).toBe(0);
    expect(relativeProportionalPricePoints(10, 0)).toBe(0);
  });

  it('refuses negative or non-finite prices', () => {
    expect(() => relativeProportionalPricePoints(-1, 100)).toThrow(RangeError);
    expect(() => relativeLinearPricePoints(Number.NaN, 100)).toThrow(RangeError);
  });

  it('gives no points at all under the model "none"', () => {
    expect(computePricePoints({ kind: 'none' }, [{ entryId: 'a', price: 10 }]).size).toBe(0);
  });
});

describe('rank reversal', () => {
  // Quality (0–100) and price points weigh 50/50. A is cheaper, B is better.
  const quality: Record<string, number> = { A: 60, B: 80, C: 10 };
  const before: PricedBid[] = [
    { entryId: 'A', price: 100 },
    { entryId: 'B', price: 150 },
  ];
  // A very cheap, weak bid arrives.
  const after: PricedBid[] = [...before, { entryId: 'C', price: 50 }];

  function leader(model: PriceModel, bids: PricedBid[]): string {
    const points = computePricePoints(model, bids);
    const total = (id: string) => 0.5 * quality[id]! + 0.5 * points.get(id)!;
    return total('A') > total('B') ? 'A' : total('B') > total('A') ? 'B' : 'tie';
  }

  it('happens with the relative linear model when a cheap bid is added', () => {
    // Before: A 0.5·60 + 0.5·100 = 80, B 0.5·80 + 0.5·50 = 65. After: both get 0 price points.
    expect(leader({ kind: 'relative-linear' }, before)).toBe('A');
    expect(leader({ kind: 'relative-linear' }, after)).toBe('B');
  });

  it('happens with the proportional model when a cheap bid is added', () => {
    // Before: A 80, B 73.3. After: A 0.5·60 + 0.5·50 = 55, B 0.5·80 + 0.5·33.3 = 56.7.
    expect(leader({ kind: 'relative-proportional' }, before)).toBe('A');
    expect(leader({ kind: 'relative-proportional' }, after)).toBe('B');
  });

  it('does not happen with the absolute model in the same example', () => {
    expect(leader(absolute, before)).toBe('A');
    expect(leader(absolute, after)).toBe('A');
  });

  it('never happens with the absolute model: another bid cannot change a bid\'s points', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        (prices, extra) => {
          const bids = prices.map((price, i) => ({ entryId: `b${i}`, price }));
          const withExtra = computePricePoints(absolute, [...bids, { entryId: 'extra', price: extra }]);
          const without = computePricePoints(absolute, bids);
          return bids.every((b) => withExtra.get(b.entryId) === without.get(b.entryId));
        },
      ),
    );
  });
});

describe('priceModelWarning', () => {
  it('warns in Danish and English for relative models only', () => {
    expect(priceModelWarning({ kind: 'relative-linear' })?.en).toMatch(/rank reversal/);
    expect(priceModelWarning({ kind: 'relative-proportional' })?.da).toMatch(/laveste pris/);
    expect(priceModelWarning(absolute)).toBeNull();
    expect(priceModelWarning({ kind: 'none' })).toBeNull();
  });
});
