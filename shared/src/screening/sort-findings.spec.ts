import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOMES, SCREENING_AREAS, SEVERITIES, type Finding } from './ruleset-types.js';
import { sortFindings } from './sort-findings.js';

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

describe('sortFindings', () => {
  it('orders by area in the fixed area order, then rule id, then evidence', () => {
    const sorted = sortFindings([
      finding({ area: 'sovereignty', ruleId: 'a' }),
      finding({ area: 'security', ruleId: 'b', evidence: { n: 2 } }),
      finding({ area: 'security', ruleId: 'b', evidence: { n: 1 } }),
      finding({ area: 'security', ruleId: 'a' }),
      finding({ area: 'climate', ruleId: 'a' }),
    ]);
    expect(sorted.map((f) => [f.area, f.ruleId, f.evidence.n ?? null])).toEqual([
      ['security', 'a', null],
      ['security', 'b', 1],
      ['security', 'b', 2],
      ['climate', 'a', null],
      ['sovereignty', 'a', null],
    ]);
  });

  it('compares evidence canonically, whatever the key order', () => {
    const a = finding({ evidence: { x: 1, y: 2 }, outcome: 'warn' });
    const b = finding({ evidence: { y: 2, x: 1 }, outcome: 'fail' });
    expect(sortFindings([a, b])).toEqual(sortFindings([b, a]));
  });

  it('gives the same order for any input order', () => {
    const arbitraryFinding = fc.record({
      ruleId: fc.constantFrom('a', 'b', 'c'),
      area: fc.constantFrom(...SCREENING_AREAS),
      severity: fc.constantFrom(...SEVERITIES),
      outcome: fc.constantFrom(...OUTCOMES),
      evidence: fc.dictionary(fc.constantFrom('k', 'l'), fc.integer({ min: 0, max: 3 })),
      explanation: fc.record({ da: fc.constantFrom('x', 'y'), en: fc.constantFrom('x', 'y') }),
      reference: fc.constant('ref'),
    });
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 12 }), (findings) => {
        const reversed = [...findings].reverse();
        expect(JSON.stringify(sortFindings(reversed))).toBe(JSON.stringify(sortFindings(findings)));
      }),
    );
  });
});
