import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvaluationMethod, PriceModel as PublishedPriceModel } from '../challenges/evaluation-method.js';
import { pricePoints as publishedPricePoints } from '../challenges/price-points.js';
import { computeRanking } from './compute-ranking.js';
import { computePricePoints } from './price-points.js';
import type { ScoringMethod } from './types.js';

// Judging reads the published evaluation method through its own structural types. These checks
// keep the two in step: the published method must be usable as it is, and the price curve the
// organiser saw when publishing must be the one the ranking applies.

describe('the published evaluation method', () => {
  it('can be passed to the judging functions as it is', () => {
    const published: EvaluationMethod = {
      criteria: [
        { id: 'impact', title: { da: 'Effekt', en: 'Impact' }, description: { da: '', en: '' }, weight: 60, threshold: 2 },
        { id: 'feasibility', title: { da: 'Gennemførlighed', en: 'Feasibility' }, description: { da: '', en: '' }, weight: 20 },
      ],
      scale: { min: 0, max: 5, step: 0.5 },
      mandatoryScreeningRules: [],
      screeningWeights: { security: 10 },
      priceWeight: 10,
      tieBreak: ['impact'],
      normalisation: 'raw',
      priceModel: { kind: 'absolute', referencePrice: 100, slope: 2 },
      consensus: 'flagged',
      disagreementThreshold: 0.3,
    };
    const method: ScoringMethod = published;
    const ranking = computeRanking({
      method,
      scores: [
        { entryId: 'a', jurorId: 'j', criterionId: 'impact', value: 4 },
        { entryId: 'a', jurorId: 'j', criterionId: 'feasibility', value: 5 },
      ],
      prices: [{ entryId: 'a', price: 150 }],
      screening: { a: { security: 50 } },
    });
    // impact 80, feasibility 100, security 50, price 4/5 → 80: (60·80 + 20·100 + 10·50 + 10·80)/100.
    expect(ranking.entries[0]!.total).toBeCloseTo(81, 12);
    expect(ranking.entries[0]!.pricePoints).toBeCloseTo(4, 12);
  });
});

describe('price points', () => {
  const modelArb: fc.Arbitrary<PublishedPriceModel> = fc.oneof(
    fc.record({ kind: fc.constant('absolute' as const), referencePrice: fc.integer({ min: 1, max: 1000 }), slope: fc.double({ min: 0.1, max: 10, noNaN: true }) }),
    fc
      .record({ referencePrice: fc.integer({ min: 1, max: 1000 }), extra: fc.integer({ min: 1, max: 1000 }) })
      .map(({ referencePrice, extra }) => ({ kind: 'absolute' as const, referencePrice, maxPrice: referencePrice + extra })),
    fc.constant({ kind: 'relative-linear' as const }),
    fc.constant({ kind: 'relative-proportional' as const }),
  );
  const scaleArb = fc.constantFrom({ min: 0, max: 5, step: 0.5 }, { min: 1, max: 7, step: 1 }, { min: 0, max: 100, step: 1 });

  it('agree with the curve the challenge shows when it is published', () => {
    fc.assert(
      fc.property(modelArb, scaleArb, fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 6 }), (model, scale, prices) => {
        const bids = prices.map((price, i) => ({ entryId: `b${i}`, price }));
        const lowest = Math.min(...prices);
        const ours = computePricePoints(model, bids, scale);
        for (const bid of bids) {
          const theirs = publishedPricePoints(model, scale, bid.price, lowest)!;
          expect(ours.get(bid.entryId)).toBeCloseTo(theirs, 9);
        }
      }),
    );
  });
});
