import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseScores, type CriterionScales } from './normalise-scores.js';
import type { Score } from './types.js';

const zeroToTen: CriterionScales = [{ id: 'quality', scale: { min: 0, max: 10 } }];

function s(entryId: string, jurorId: string, value: number, criterionId = 'quality'): Score {
  return { entryId, jurorId, criterionId, value };
}

describe('normaliseScores', () => {
  it('makes a strict and a lenient juror who agree on the order give the same normalised scores', () => {
    const strict = [s('e1', 'strict', 2), s('e2', 'strict', 4), s('e3', 'strict', 6)];
    const lenient = [s('e1', 'lenient', 6), s('e2', 'lenient', 8), s('e3', 'lenient', 10)];
    const result = normaliseScores([...strict, ...lenient], zeroToTen);
    // μ_g = 6 and σ_g = √(40/6) over all six scores; each juror's z values are −√1.5, 0, √1.5.
    const sigmaG = Math.sqrt(40 / 6);
    const expected = [6 - sigmaG * Math.sqrt(1.5), 6, 6 + sigmaG * Math.sqrt(1.5)];
    expect([...result.values.slice(0, 3)].map((v, i) => v - expected[i]!).every((d) => Math.abs(d) < 1e-12)).toBe(true);
    expect([...result.values.slice(3)]).toEqual([...result.values.slice(0, 3)]);
    expect(result.keptRaw).toEqual([]);
  });

  it('uses the population standard deviation for the anchor', () => {
    const result = normaliseScores([s('e1', 'a', 1), s('e2', 'a', 3), s('e3', 'a', 5), s('e4', 'a', 7)], zeroToTen);
    expect(result.anchors.quality).toEqual({ mean: 4, sd: Math.sqrt(5), count: 4 });
  });

  it('keeps raw scores and flags a juror with fewer than three scores on the criterion', () => {
    const scores = [s('e1', 'a', 1), s('e2', 'a', 5), s('e3', 'a', 9), s('e1', 'b', 3), s('e2', 'b', 4)];
    const result = normaliseScores(scores, zeroToTen);
    expect(result.values[3]).toBe(3);
    expect(result.values[4]).toBe(4);
    expect(Number.isNaN(result.z[3]!)).toBe(true);
    expect(result.keptRaw).toEqual([{ jurorId: 'b', criterionId: 'quality', reason: 'too-few-scores', count: 2 }]);
  });

  it('keeps raw scores and flags a juror who gave every entry the same score', () => {
    const scores = [s('e1', 'a', 0.1), s('e2', 'a', 0.1), s('e3', 'a', 0.1), s('e1', 'b', 1), s('e2', 'b', 2), s('e3', 'b', 3)];
    const result = normaliseScores(scores, zeroToTen);
    expect([...result.values.slice(0, 3)]).toEqual([0.1, 0.1, 0.1]);
    expect(result.keptRaw).toEqual([{ jurorId: 'a', criterionId: 'quality', reason: 'no-spread', count: 3 }]);
  });

  it('clamps normalised scores to the criterion scale', () => {
    const criteria: CriterionScales = [{ id: 'quality', scale: { min: 0, max: 5 } }];
    const outlier = [s('e1', 'a', 0), s('e2', 'a', 0), s('e3', 'a', 0), s('e4', 'a', 0), s('e5', 'a', 5)];
    const others = ['e1', 'e2', 'e3', 'e4', 'e5'].map((e, i) => s(e, 'b', 4 + (i % 2)));
    const result = normaliseScores([...outlier, ...others], criteria);
    // Juror a's 5 has z = 2; μ_g + 2σ_g exceeds 5 here, so it is held at the top of the scale.
    expect(result.z[4]).toBeCloseTo(2, 12);
    expect(result.anchors.quality!.mean + 2 * result.anchors.quality!.sd).toBeGreaterThan(5);
    expect(result.values[4]).toBe(5);
    expect(Math.min(...result.values)).toBeGreaterThanOrEqual(0);
  });

  it('normalises each criterion separately', () => {
    const criteria: CriterionScales = [
      { id: 'x', scale: { min: 0, max: 10 } },
      { id: 'y', scale: { min: 0, max: 100 } },
    ];
    const scores = [
      s('e1', 'a', 1, 'x'), s('e2', 'a', 2, 'x'), s('e3', 'a', 3, 'x'),
      s('e1', 'a', 10, 'y'), s('e2', 'a', 50, 'y'), s('e3', 'a', 90, 'y'),
    ];
    const result = normaliseScores(scores, criteria);
    expect(result.anchors.x!.mean).toBe(2);
    expect(result.anchors.y!.mean).toBe(50);
    // A single juror is mapped onto their own distribution: nothing changes.
    expect([...result.values].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([1, 2, 3, 10, 50, 90]);
  });
});

describe('normaliseScores under a juror rescaling their own scores', () => {
  const panel = fc
    .record({
      entries: fc.integer({ min: 3, max: 8 }),
      grid: fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 8, maxLength: 8 }), { minLength: 3, maxLength: 3 }),
      shift: fc.double({ min: -5, max: 5, noNaN: true }),
      factor: fc.double({ min: 0.05, max: 20, noNaN: true }),
    })
    .map(({ entries, grid, shift, factor }) => {
      const scores: Score[] = [];
      grid.forEach((row, j) => row.slice(0, entries).forEach((value, e) => scores.push(s(`e${e}`, `j${j}`, value))));
      const moved = scores.map((x) => (x.jurorId === 'j0' ? { ...x, value: x.value * factor + shift } : x));
      return { scores, moved };
    });
  const wide: CriterionScales = [{ id: 'quality', scale: { min: -1e6, max: 1e6 } }];

  it('leaves every juror-standardised z value unchanged', () => {
    fc.assert(
      fc.property(panel, ({ scores, moved }) => {
        const before = normaliseScores(scores, wide);
        const after = normaliseScores(moved, wide);
        for (let i = 0; i < scores.length; i++) {
          const a = before.z[i]!;
          const b = after.z[i]!;
          if (Number.isNaN(a) !== Number.isNaN(b)) return false;
          if (!Number.isNaN(a) && Math.abs(a - b) > 1e-9) return false;
        }
        return true;
      }),
    );
  });

  it('leaves every normalised score unchanged when the anchors are fixed', () => {
    fc.assert(
      fc.property(panel, ({ scores, moved }) => {
        const anchors = { quality: { mean: 5, sd: 2 } };
        const before = normaliseScores(scores, zeroToTen, { anchors });
        const after = normaliseScores(moved, zeroToTen, { anchors });
        return scores.every((x, i) =>
          x.jurorId === 'j0' && before.keptRaw.some((f) => f.jurorId === 'j0')
            ? true // a juror kept raw is not normalised, so a rescale shows through by design
            : Math.abs(before.values[i]! - after.values[i]!) < 1e-9,
        );
      }),
    );
  });
});
