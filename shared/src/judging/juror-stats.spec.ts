import { describe, expect, it } from 'vitest';
import { flagDisagreements, jurorScoreHistograms, jurorStats } from './juror-stats.js';
import type { Score } from './types.js';

function s(entryId: string, jurorId: string, value: number, criterionId = 'impact'): Score {
  return { entryId, jurorId, criterionId, value };
}

const panel: Score[] = [
  s('e1', 'soft', 4), s('e2', 'soft', 5),
  s('e1', 'mid', 4), s('e2', 'mid', 5),
  s('e1', 'hard', 3), s('e2', 'hard', 4),
  s('e3', 'hard', 1), // nobody else scored e3
];

describe('jurorStats', () => {
  it('measures severity as the mean offset from the other jurors on the same entries', () => {
    const stats = Object.fromEntries(jurorStats(panel).map((j) => [j.jurorId, j]));
    expect(stats.hard!.severity).toBeCloseTo(-1, 12);
    expect(stats.hard!.severityBasis).toBe(2);
    expect(stats.soft!.severity).toBeCloseTo(0.5, 12);
  });

  it('reports each juror\'s count, mean and spread (population SD)', () => {
    const hard = jurorStats(panel).find((j) => j.jurorId === 'hard')!;
    expect(hard.count).toBe(3);
    expect(hard.mean).toBeCloseTo(8 / 3, 12);
    expect(hard.spread).toBeCloseTo(Math.sqrt(((3 - 8 / 3) ** 2 + (4 - 8 / 3) ** 2 + (1 - 8 / 3) ** 2) / 3), 12);
  });

  it('keeps criteria apart in the per-criterion figures', () => {
    const scores = [...panel, s('e1', 'hard', 9, 'team'), s('e1', 'soft', 5, 'team')];
    const hard = jurorStats(scores).find((j) => j.jurorId === 'hard')!;
    expect(hard.byCriterion.impact!.severity).toBeCloseTo(-1, 12);
    expect(hard.byCriterion.team).toMatchObject({ count: 1, mean: 9, severity: 4, severityBasis: 1 });
  });

  it('gives no severity to a juror who shares no entry with anyone', () => {
    expect(jurorStats([s('e1', 'alone', 3)])[0]).toMatchObject({ severity: null, severityBasis: 0 });
  });

  it('lists jurors in id order', () => {
    expect(jurorStats(panel).map((j) => j.jurorId)).toEqual(['hard', 'mid', 'soft']);
  });
});

describe('jurorScoreHistograms', () => {
  it('counts each juror\'s scores on every point of the scale, including empty ones', () => {
    const histograms = jurorScoreHistograms([s('e1', 'a', 0.5), s('e2', 'a', 0.5), s('e3', 'a', 2), s('e1', 'b', 1.4)], { min: 0, max: 2, step: 0.5 });
    expect(histograms).toEqual([
      { jurorId: 'a', bins: [{ value: 0, count: 0 }, { value: 0.5, count: 2 }, { value: 1, count: 0 }, { value: 1.5, count: 0 }, { value: 2, count: 1 }] },
      { jurorId: 'b', bins: [{ value: 0, count: 0 }, { value: 0.5, count: 0 }, { value: 1, count: 0 }, { value: 1.5, count: 1 }, { value: 2, count: 0 }] },
    ]);
  });
});

describe('flagDisagreements', () => {
  const scale = { min: 0, max: 5, step: 0.5 };

  it('flags an entry whose scores differ by more than 30% of the scale', () => {
    const flags = flagDisagreements([s('e1', 'a', 1), s('e1', 'b', 3), s('e1', 'c', 2)], scale);
    expect(flags).toEqual([{ entryId: 'e1', criterionId: 'impact', lowest: 1, highest: 3, range: 2, limit: 1.5, jurorIds: ['a', 'b', 'c'] }]);
  });

  it('leaves a range exactly at the limit unflagged', () => {
    expect(flagDisagreements([s('e1', 'a', 1), s('e1', 'b', 2.5)], scale)).toEqual([]);
  });

  it('honours another threshold share and per-criterion scales', () => {
    const scores = [s('e1', 'a', 1), s('e1', 'b', 2), s('e2', 'a', 10, 'cost'), s('e2', 'b', 45, 'cost')];
    const criteria = [
      { id: 'impact', scale },
      { id: 'cost', scale: { min: 0, max: 100 } },
    ];
    expect(flagDisagreements(scores, criteria).map((f) => f.entryId)).toEqual(['e2']);
    expect(flagDisagreements(scores, criteria, 0.1).map((f) => `${f.entryId}/${f.criterionId}`)).toEqual(['e1/impact', 'e2/cost']);
  });
});
