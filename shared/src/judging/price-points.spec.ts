import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absolutePricePoints,
  computePricePoints,
  priceModelWarning,
  proportionalPricePoints,
  relativeLinearPricePoints,
  zeroPointPrice,
  type PricedBid,
} from './price-points.js';
import type { PriceModel } from './types.js';

const absolute: PriceModel = { kind: 'absolute', referencePrice: 100, zeroPointPrice: 200 };

describe('price point formulas', () => {
  it('gives full points at or below the reference price and none at or above the zero-point price', () => {
    expect(absolutePricePoints(80, { kind: 'absolute', referencePrice: 100, zeroPointPrice: 200 })).toBe(100);
    expect(absolutePricePoints(100, { kind: 'absolute', referencePrice: 100, zeroPointPrice: 200 })).toBe(100);
    expect(absolutePricePoints(150, { kind: 'absolute', referencePrice: 100, zeroPointPrice: 200 })).toBe(50);
    expect(absolutePricePoints(250, { kind: 'absolute', referencePrice: 100, zeroPointPrice: 200 })).toBe(0);
  });

  it('derives the zero-point price from a slope when none is published', () => {
    expect(zeroPointPrice({ kind: 'absolute', referencePrice: 100 })).toBe(200);
    expect(zeroPointPrice({ kind: 'absolute', referencePrice: 100, slope: 2 })).toBe(150);
    // The slope form: max − slope·max·(P − reference)/reference.
    expect(absolutePricePoints(120, { kind: 'absolute', referencePrice: 100, slope: 2 }, 10)).toBeCloseTo(10 - 2 * 10 * 0.2, 12);
  });

  it('refuses a zero-point price at or below the reference price', () => {
    expect(() => absolutePricePoints(100, { kind: 'absolute', referencePrice: 100, zeroPointPrice: 100 })).toThrow(RangeError);
  });

  it('applies the relative linear formula and floors it at zero', () => {
    expect(relativeLinearPricePoints(100, 100)).toBe(100);
    expect(relativeLinearPricePoints(150, 100)).toBe(50);
    expect(relativeLinearPricePoints(300, 100)).toBe(0);
  });

  it('applies the proportional formula', () => {
    expect(proportionalPricePoints(200, 100, 10)).toBe(5);
    expect(proportionalPricePoints(100, 100, 10)).toBe(10);
  });

  it('refuses zero or negative prices', () => {
    expect(() => proportionalPricePoints(0, 100)).toThrow(RangeError);
    expect(() => relativeLinearPricePoints(100, -1)).toThrow(RangeError);
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
    expect(leader({ kind: 'proportional' }, before)).toBe('A');
    expect(leader({ kind: 'proportional' }, after)).toBe('B');
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
    expect(priceModelWarning({ kind: 'proportional' })?.da).toMatch(/laveste pris/);
    expect(priceModelWarning(absolute)).toBeNull();
  });
});
