import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRanking, unknownTieBreakKeys } from './compute-ranking.js';
import type { Score, ScoringMethod } from './types.js';

function s(entryId: string, jurorId: string, criterionId: string, value: number): Score {
  return { entryId, jurorId, criterionId, value };
}

const twoCriteria = (tieBreak: string[] = []): ScoringMethod => ({
  normalisation: 'raw',
  tieBreak,
  criteria: [
    { id: 'impact', weight: 1, scale: { min: 0, max: 10 } },
    { id: 'cost', weight: 1, scale: { min: 0, max: 10 } },
  ],
});

// Totals: A 50 (impact 6, cost 4), B 50 (impact 4, cost 6), C 70, D 20.
const panel: Score[] = [
  s('A', 'j1', 'impact', 6), s('A', 'j1', 'cost', 4),
  s('B', 'j1', 'impact', 4), s('B', 'j1', 'cost', 6),
  s('C', 'j1', 'impact', 7), s('C', 'j1', 'cost', 7),
  s('D', 'j1', 'impact', 2), s('D', 'j1', 'cost', 2),
];

const summary = (method: ScoringMethod, scores = panel) =>
  computeRanking({ method, scores }).entries.map((e) => `${e.rank}${e.tied ? '=' : ''} ${e.entryId}`);

describe('computeRanking', () => {
  it('reports equal totals without a tie-break as tied, with competition ranks 1, 2, 2, 4', () => {
    expect(summary(twoCriteria())).toEqual(['1 C', '2= A', '2= B', '4 D']);
  });

  it('breaks a tie by the first published tie-break criterion', () => {
    expect(summary(twoCriteria(['impact']))).toEqual(['1 C', '2 A', '3 B', '4 D']);
    expect(summary(twoCriteria(['cost']))).toEqual(['1 C', '2 B', '3 A', '4 D']);
  });

  it('moves to the next tie-break only when the earlier ones are equal too', () => {
    const method: ScoringMethod = {
      ...twoCriteria(['impact', 'cost']),
      criteria: [
        { id: 'impact', weight: 1, scale: { min: 0, max: 10 } },
        { id: 'cost', weight: 1, scale: { min: 0, max: 10 } },
        { id: 'team', weight: 1, scale: { min: 0, max: 10 } },
      ],
    };
    const scores = [
      s('A', 'j1', 'impact', 5), s('A', 'j1', 'cost', 4), s('A', 'j1', 'team', 6),
      s('B', 'j1', 'impact', 5), s('B', 'j1', 'cost', 6), s('B', 'j1', 'team', 4),
    ];
    expect(summary(method, scores)).toEqual(['1 B', '2 A']);
  });

  it('never splits a tie by entry id, whatever the ids are', () => {
    const renamed = panel.map((x) => ({ ...x, entryId: x.entryId === 'A' ? 'Z' : x.entryId }));
    expect(summary(twoCriteria(), renamed)).toEqual(['1 C', '2= B', '2= Z', '4 D']);
  });

  it('breaks ties by price points or a screening area when the method names them', () => {
    const method: ScoringMethod = { ...twoCriteria(['security', 'price']), priceModel: { kind: 'absolute', referencePrice: 100, maxPrice: 200 } };
    const prices = [
      { entryId: 'A', price: 150 },
      { entryId: 'B', price: 120 },
    ];
    const same = { A: { security: 80 }, B: { security: 80 } };
    const byPrice = computeRanking({ method, scores: panel, prices, screening: same, entryIds: ['A', 'B'] });
    expect(byPrice.entries.map((e) => e.entryId)).toEqual(['B', 'A']);
    const bySecurity = computeRanking({ method, scores: panel, prices, screening: { A: { security: 90 }, B: { security: 80 } }, entryIds: ['A', 'B'] });
    expect(bySecurity.entries.map((e) => e.entryId)).toEqual(['A', 'B']);
    expect(bySecurity.entries.every((e) => !e.tied)).toBe(true);
  });

  it('returns the shape the ranking endpoint publishes', () => {
    const method: ScoringMethod = {
      ...twoCriteria(),
      criteria: [{ id: 'impact', weight: 1, scale: { min: 0, max: 10 }, threshold: 5 }],
    };
    const [first, ...rest] = computeRanking({ method, scores: panel, consensus: [{ entryId: 'D', criterionId: 'impact', value: 3 }] }).entries;
    expect(first).toMatchObject({ entryId: 'C', rank: 1, tied: false, total: 70, belowThreshold: false, reasons: [] });
    expect(first!.byCriterion.impact).toEqual({ count: 1, mean: 7, median: 7, normalised: 7, used: 7 });
    const d = rest.find((e) => e.entryId === 'D')!;
    expect(d.byCriterion.impact!.used).toBe(3);
    expect(d.belowThreshold).toBe(true);
    expect(d.reasons).toEqual([{ kind: 'criterion', criterionId: 'impact', score: 3, threshold: 5 }]);
  });

  it('ranks an entry below a threshold after every entry that passes, whatever its total', () => {
    const method: ScoringMethod = {
      ...twoCriteria(),
      criteria: [
        { id: 'impact', weight: 1, scale: { min: 0, max: 10 }, threshold: 3 },
        { id: 'cost', weight: 1, scale: { min: 0, max: 10 } },
      ],
    };
    // S has the highest total (55) but fails the impact threshold, as does D (impact 2).
    const scores = [...panel, s('S', 'j1', 'impact', 1), s('S', 'j1', 'cost', 10)];
    const entries = computeRanking({ method, scores }).entries;
    expect(entries.map((e) => `${e.rank} ${e.entryId}${e.belowThreshold ? ' below' : ''}`)).toEqual(['1 C', '2 A', '2 B', '4 S below', '5 D below']);
  });

  it('ranks listed entries that have no scores last and says what is missing', () => {
    const ranking = computeRanking({ method: twoCriteria(), scores: panel, entryIds: ['A', 'C', 'E'] });
    expect(ranking.entries.map((e) => e.entryId)).toEqual(['C', 'A', 'E']);
    expect(ranking.entries[2]!.missing).toHaveLength(2);
  });

  it('passes on the rank-reversal warning of a relative price model', () => {
    const method: ScoringMethod = { ...twoCriteria(), priceModel: { kind: 'relative-proportional' }, priceWeight: 1 };
    expect(computeRanking({ method, scores: panel }).priceWarning).not.toBeNull();
  });
});

describe('unknownTieBreakKeys', () => {
  it('lists tie-break keys that name nothing the method scores', () => {
    expect(unknownTieBreakKeys(twoCriteria(['impact', 'price', 'climate', 'colour']))).toEqual(['colour']);
  });
});

describe('computeRanking properties', () => {
  const method = (normalisation: 'raw' | 'z-score'): ScoringMethod => ({
    normalisation,
    tieBreak: ['q'],
    criteria: [
      { id: 'q', weight: 2, scale: { min: 0, max: 5, step: 0.5 } },
      { id: 'r', weight: 1, scale: { min: 0, max: 5, step: 0.5 } },
    ],
  });
  // Each entry is scored by some of four jurors; half points, so equal totals are common.
  const scoresArb = fc
    .array(
      fc.record({
        jurors: fc.subarray(['j1', 'j2', 'j3', 'j4'], { minLength: 1 }),
        q: fc.integer({ min: 0, max: 10 }),
        r: fc.integer({ min: 0, max: 10 }),
        jitter: fc.integer({ min: -2, max: 2 }),
      }),
      { minLength: 1, maxLength: 12 },
    )
    .map((entries) =>
      entries.flatMap((e, i) =>
        e.jurors.flatMap((j, k) => [
          s(`e${i}`, j, 'q', Math.min(10, Math.max(0, e.q + (k ? e.jitter : 0))) / 2),
          s(`e${i}`, j, 'r', e.r / 2),
        ]),
      ),
    );
  const normalisationArb = fc.constantFrom<'raw' | 'z-score'>('raw', 'z-score');

  it('gives the same ranking for any order of the input scores', () => {
    fc.assert(
      fc.property(scoresArb, normalisationArb, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (scores, normalisation, keys) => {
        const shuffled = scores.map((x) => ({ x, key: keys.next().value as number })).sort((a, b) => a.key - b.key).map((p) => p.x);
        const a = computeRanking({ method: method(normalisation), scores });
        const b = computeRanking({ method: method(normalisation), scores: shuffled });
        expect(b.entries).toEqual(a.entries);
      }),
    );
  });

  it('reports two entries with identical scores as tied, whatever their ids', () => {
    fc.assert(
      fc.property(scoresArb, normalisationArb, fc.constantFrom('!first', 'e0-twin', '~last'), (scores, normalisation, twinId) => {
        const twin = scores.filter((x) => x.entryId === 'e0').map((x) => ({ ...x, entryId: twinId }));
        const entries = computeRanking({ method: method(normalisation), scores: [...scores, ...twin] }).entries;
        const original = entries.find((e) => e.entryId === 'e0')!;
        const copy = entries.find((e) => e.entryId === twinId)!;
        expect(copy.rank).toBe(original.rank);
        expect(original.tied && copy.tied).toBe(true);
        // Competition ranking: the rank after a tied group skips the shared places.
        const below = entries.filter((e) => e.total < original.total - 1e-9 || (e.rank > original.rank));
        for (const e of below) expect(e.rank).toBeGreaterThanOrEqual(original.rank + 2);
      }),
    );
  });

  it('ranks by content, not by id: renaming entries moves no entry', () => {
    fc.assert(
      fc.property(scoresArb, normalisationArb, (scores, normalisation) => {
        const rename = (id: string) => `x${999 - Number(id.slice(1))}`;
        const a = computeRanking({ method: method(normalisation), scores });
        const b = computeRanking({ method: method(normalisation), scores: scores.map((x) => ({ ...x, entryId: rename(x.entryId) })) });
        const rankOf = new Map(b.entries.map((e) => [e.entryId, [e.rank, e.tied]]));
        for (const e of a.entries) expect(rankOf.get(rename(e.entryId))).toEqual([e.rank, e.tied]);
      }),
    );
  });
});
