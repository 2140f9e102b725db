import { describe, expect, it } from 'vitest';
import { aggregateScores, type AggregationMethod } from './aggregate-scores.js';
import type { Score } from './types.js';

const method = (normalisation: 'raw' | 'z-score'): AggregationMethod => ({
  normalisation,
  criteria: [
    { id: 'impact', weight: 2, scale: { min: 0, max: 5, step: 0.5 } },
    { id: 'feasibility', weight: 1, scale: { min: 0, max: 5, step: 0.5 } },
  ],
});

function s(entryId: string, jurorId: string, criterionId: string, value: number): Score {
  return { entryId, jurorId, criterionId, value };
}

// Juror "hard" scores 1 point below juror "soft" on every entry; "mid" varies around them.
const scores: Score[] = ['e1', 'e2', 'e3'].flatMap((e, i) => [
  s(e, 'hard', 'impact', 1 + i),
  s(e, 'soft', 'impact', 2 + i),
  s(e, 'mid', 'impact', 1 + i + (i === 1 ? 1 : 0.5)),
  s(e, 'hard', 'feasibility', 3),
]);

describe('aggregateScores', () => {
  it('returns the mean and median of raw scores per entry and criterion', () => {
    const result = aggregateScores(scores, method('raw'));
    const e1 = result.entries.get('e1')!;
    expect(e1.impact!.mean).toBeCloseTo(1.5, 12);
    expect(e1.impact!.median).toBe(1.5);
    expect(e1.impact!.count).toBe(3);
    expect(result.entries.get('e2')!.impact!.median).toBe(3);
  });

  it('feeds the raw mean to the ranking when the method says raw, and still reports the normalised mean', () => {
    const e1 = aggregateScores(scores, method('raw')).entries.get('e1')!;
    expect(e1.impact!.used).toBe(e1.impact!.mean);
    expect(e1.impact!.normalised).not.toBe(e1.impact!.mean);
  });

  it('feeds the normalised mean to the ranking when the method says z-score', () => {
    const e1 = aggregateScores(scores, method('z-score')).entries.get('e1')!;
    expect(e1.impact!.used).toBe(e1.impact!.normalised);
  });

  it('replaces the aggregate with the chair\'s consensus score where one exists', () => {
    const result = aggregateScores(scores, method('z-score'), [{ entryId: 'e2', criterionId: 'impact', value: 4.5 }]);
    const e2 = result.entries.get('e2')!;
    expect(e2.impact!.consensus).toBe(4.5);
    expect(e2.impact!.used).toBe(4.5);
    expect(e2.impact!.mean).toBeCloseTo(8 / 3, 12);
    expect(result.entries.get('e1')!.impact!.consensus).toBeUndefined();
  });

  it('keeps a single juror\'s scores raw and passes the flag on', () => {
    const result = aggregateScores([s('e1', 'hard', 'feasibility', 3), s('e1', 'soft', 'impact', 2)], method('z-score'));
    expect(result.entries.get('e1')!.feasibility!.normalised).toBe(3);
    expect(result.keptRaw.map((f) => `${f.jurorId}/${f.criterionId}/${f.reason}`)).toEqual([
      'hard/feasibility/too-few-scores',
      'soft/impact/too-few-scores',
    ]);
  });

  it('lists entries that nobody scored with empty aggregates, so they are not silently dropped', () => {
    const result = aggregateScores(scores, method('raw'), [], ['e9']);
    expect(result.entries.get('e9')!.impact).toEqual({ count: 0, mean: null, median: null, normalised: null, used: null });
    expect(result.entries.get('e1')!.feasibility!.count).toBe(1);
  });

  it('gives the same bits for the same scores in another order', () => {
    const a = aggregateScores(scores, method('z-score'));
    const b = aggregateScores([...scores].reverse(), method('z-score'));
    for (const [entryId, byCriterion] of a.entries) expect(b.entries.get(entryId)).toEqual(byCriterion);
  });

  it('refuses two consensus scores for the same entry and criterion', () => {
    const twice = [
      { entryId: 'e1', criterionId: 'impact', value: 2 },
      { entryId: 'e1', criterionId: 'impact', value: 3 },
    ];
    expect(() => aggregateScores(scores, method('raw'), twice)).toThrow(RangeError);
  });
});
