import { describe, expect, it } from 'vitest';
import { evaluateMandatory } from './mandatory.js';
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

describe('evaluateMandatory', () => {
  it('passes when every mandatory rule passed', () => {
    const outcome = evaluateMandatory(['a', 'b'], [finding({ ruleId: 'a' }), finding({ ruleId: 'b', outcome: 'warn' }), finding({ ruleId: 'c', outcome: 'fail' })]);
    expect(outcome).toMatchObject({ allPassed: true, provisionallyInadmissible: false });
    expect(outcome.requirements.map((r) => r.status)).toEqual(['passed', 'passed-with-warnings']);
  });

  it('makes the entry provisionally inadmissible when a mandatory rule fails with a blocker', () => {
    const outcome = evaluateMandatory(['a'], [finding({ ruleId: 'a', severity: 'blocker', outcome: 'fail' })]);
    expect(outcome).toMatchObject({ allPassed: false, provisionallyInadmissible: true, pendingOrganiserConfirmation: true });
    expect(outcome.requirements).toEqual([{ ruleId: 'a', status: 'failed', blockerFailed: true }]);
  });

  it('reports a failed non-blocker requirement without making the entry inadmissible by itself', () => {
    const outcome = evaluateMandatory(['a'], [finding({ ruleId: 'a', severity: 'major', outcome: 'fail' })]);
    expect(outcome).toMatchObject({ allPassed: false, provisionallyInadmissible: false });
  });

  it('ignores a blocker failure in a rule the challenge did not make mandatory', () => {
    expect(evaluateMandatory([], [finding({ severity: 'blocker', outcome: 'fail' })]).provisionallyInadmissible).toBe(false);
  });

  it('tells open questions and unevaluated rules apart from passes', () => {
    const outcome = evaluateMandatory(['b', 'a'], [finding({ ruleId: 'a', outcome: 'needs-review' })]);
    expect(outcome.requirements.map((r) => [r.ruleId, r.status])).toEqual([
      ['a', 'needs-review'],
      ['b', 'not-evaluated'],
    ]);
    expect(outcome.allPassed).toBe(false);
  });
});
