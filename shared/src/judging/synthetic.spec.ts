import { describe, expect, it } from 'vitest';
import { computeResults } from './compute-results.js';
import { generateSyntheticScores } from './synthetic.js';

describe('generateSyntheticScores', () => {
  it('gives every juror a score for every entry and criterion, on the scale', () => {
    const panel = generateSyntheticScores('s', 20, 4, 3);
    expect(panel.scores).toHaveLength(20 * 4 * 3);
    expect(panel.scores.every((s) => s.value >= 0 && s.value <= 5 && Number.isInteger(s.value * 2))).toBe(true);
    expect(panel.method.criteria).toHaveLength(3);
  });

  it('is reproducible from the seed', () => {
    expect(generateSyntheticScores('x', 5, 3, 2)).toEqual(generateSyntheticScores('x', 5, 3, 2));
    expect(generateSyntheticScores('x', 5, 3, 2).scores).not.toEqual(generateSyntheticScores('y', 5, 3, 2).scores);
  });

  it('ranks and measures agreement at the benchmark size (10,000 entries × 5 jurors × 6 criteria)', () => {
    const panel = generateSyntheticScores('benchmark', 10_000, 5, 6);
    const { ranking, agreement } = computeResults({ method: panel.method, scores: panel.scores });
    expect(ranking.entries).toHaveLength(10_000);
    expect(ranking.entries[0]!.rank).toBe(1);
    expect(ranking.entries.every((e, i) => i === 0 || e.rank >= ranking.entries[i - 1]!.rank)).toBe(true);
    // Shared entry quality makes jurors agree well above chance, but the noise keeps it below 1.
    for (const { alpha } of Object.values(agreement)) expect(alpha! > 0.3 && alpha! < 1).toBe(true);
  });
});
