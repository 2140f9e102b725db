import { describe, expect, it } from 'vitest';
import { makeScreeningContext } from '../screening-fixtures.js';
import { yearlyCo2Rule } from './screen-yearly-co2.js';

// 100 GB a month from a Danish data centre: 96.197 kg CO2e a year (see estimate-yearly-co2.spec).
const declaration = { monthlyDataTransferGb: 100, dataCentreCountry: 'DK' };

function evaluate(reference: number | undefined, decl: object = declaration) {
  return yearlyCo2Rule.evaluate(makeScreeningContext({ declaration: decl, challenge: { blindReview: false, climateReferenceKgPerYear: reference } }));
}

describe('yearlyCo2Rule', () => {
  it('passes with full marks well under the reference, showing formula and inputs', () => {
    const [finding] = evaluate(1000);
    expect(finding).toMatchObject({ ruleId: 'climate.yearly-co2', area: 'climate', outcome: 'pass', evidence: { score: 100, referenceKgPerYear: 1000 } });
    expect(finding!.evidence.kgPerYear).toBeCloseTo(96.197, 3);
    expect(finding!.evidence.formula).toContain('perByteTrace');
    expect(finding!.evidence.inputs).toEqual([expect.objectContaining({ dataCentreGridIntensity: 143.3, monthlyDataTransferGb: 100 })]);
  });

  it('passes with a lower score just under the reference', () => {
    const [finding] = evaluate(100);
    expect(finding).toMatchObject({ outcome: 'pass' });
    // 96.197 / 100 → 100 × (2 − 0.962) / 1.5 = 69.2
    expect(finding!.evidence.score).toBe(69.2);
  });

  it('warns between the reference and twice it', () => {
    expect(evaluate(60)[0]).toMatchObject({ outcome: 'warn', severity: 'minor' });
  });

  it('fails at twice the reference or more, with score 0', () => {
    expect(evaluate(40)[0]).toMatchObject({ outcome: 'fail', severity: 'major', evidence: { score: 0 } });
  });

  it('reports the estimate without a score when the challenge sets no reference', () => {
    const [finding] = evaluate(undefined);
    expect(finding).toMatchObject({ outcome: 'pass', severity: 'info' });
    expect(finding!.evidence).not.toHaveProperty('score');
  });

  it('asks for review, never fails, when declarations are missing', () => {
    const [finding] = evaluate(100, { dataCentreCountry: 'DK' });
    expect(finding).toMatchObject({ outcome: 'needs-review', evidence: { missing: ['monthlyDataTransferGb'] } });
    expect(finding!.evidence).not.toHaveProperty('score');
  });
});
