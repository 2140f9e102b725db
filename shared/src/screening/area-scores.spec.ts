import { describe, expect, it } from 'vitest';
import { AREA_SCORE_FORMULA, computeAreaScores, findingPenalty } from './area-scores.js';
import type { Finding } from './ruleset-types.js';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'r',
  area: 'security',
  severity: 'major',
  outcome: 'pass',
  evidence: {},
  explanation: { da: 'x', en: 'x' },
  reference: 'ref',
  ...over,
});
const withClimate = { climateReferenceSet: true };

describe('findingPenalty', () => {
  it('charges a fail in full, a warning half and an open question a quarter', () => {
    expect(findingPenalty({ severity: 'major', outcome: 'fail' })).toBe(40);
    expect(findingPenalty({ severity: 'major', outcome: 'warn' })).toBe(20);
    expect(findingPenalty({ severity: 'major', outcome: 'needs-review' })).toBe(10);
    expect(findingPenalty({ severity: 'blocker', outcome: 'pass' })).toBe(0);
    expect(findingPenalty({ severity: 'info', outcome: 'fail' })).toBe(0);
  });
});

describe('computeAreaScores', () => {
  it('subtracts penalties from 100 per area and rounds', () => {
    const scores = computeAreaScores(
      [
        finding({ area: 'security', severity: 'major', outcome: 'warn' }),
        finding({ area: 'security', severity: 'minor', outcome: 'needs-review' }),
        finding({ area: 'data-protection', severity: 'minor', outcome: 'fail' }),
        finding({ area: 'sovereignty', outcome: 'pass' }),
      ],
      withClimate,
    );
    expect(scores.security).toEqual({ score: 76, basis: 'formula' }); // 100 − 20 − 3.75
    expect(scores['data-protection'].score).toBe(85);
    expect(scores.sovereignty.score).toBe(100);
  });

  it('never goes below 0', () => {
    const scores = computeAreaScores([finding({ severity: 'blocker', outcome: 'fail' }), finding({ severity: 'major', outcome: 'fail' })], withClimate);
    expect(scores.security.score).toBe(0);
  });

  it('still scores an area whose findings all need review', () => {
    expect(computeAreaScores([finding({ outcome: 'needs-review' })], withClimate).security.score).toBe(90);
  });

  it('leaves an area without findings unscored', () => {
    expect(computeAreaScores([], withClimate).sovereignty).toEqual({ score: null, basis: 'not-scored' });
  });

  it('takes the climate score from the climate finding when it carries one', () => {
    const scores = computeAreaScores([finding({ area: 'climate', outcome: 'warn', evidence: { score: 62.4 } })], withClimate);
    expect(scores.climate).toEqual({ score: 62, basis: 'climate-evidence' });
  });

  it('falls back to the formula for climate findings without a score', () => {
    expect(computeAreaScores([finding({ area: 'climate', outcome: 'needs-review' })], withClimate).climate.score).toBe(90);
  });

  it('gives no climate score when the challenge sets no reference value', () => {
    const scores = computeAreaScores([finding({ area: 'climate', evidence: { score: 80 } })], { climateReferenceSet: false });
    expect(scores.climate.score).toBeNull();
  });

  it('publishes the formula as data with a text in both languages', () => {
    expect(AREA_SCORE_FORMULA.start).toBe(100);
    expect(AREA_SCORE_FORMULA.description.da).toMatch(/100/);
    expect(AREA_SCORE_FORMULA.description.en).toMatch(/100/);
  });
});
