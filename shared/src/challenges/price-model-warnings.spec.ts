import { describe, expect, it } from 'vitest';
import { priceModelWarnings } from './price-model-warnings.js';

describe('priceModelWarnings', () => {
  it('warns about rank reversal for both relative price models', () => {
    for (const kind of ['relative-linear', 'relative-proportional'] as const) {
      const warnings = priceModelWarnings({ priceModel: { kind } });
      expect(warnings.map((warning) => warning.code)).toEqual(['price.rank-reversal']);
      expect(warnings[0]?.message.da).toMatch(/rækkefølgen/);
      expect(warnings[0]?.message.en).toMatch(/order/);
    }
  });
  it('says nothing for an absolute model or no price model', () => {
    expect(priceModelWarnings({ priceModel: { kind: 'absolute', referencePrice: 1, slope: 1 } })).toEqual([]);
    expect(priceModelWarnings({ priceModel: { kind: 'none' } })).toEqual([]);
  });
});
