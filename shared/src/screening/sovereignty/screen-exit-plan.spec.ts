import { describe, expect, it } from 'vitest';
import { makeScreeningContext } from '../screening-fixtures.js';
import { exitPlanRule } from './screen-exit-plan.js';

const evaluate = (exitPlan?: string) => exitPlanRule.evaluate(makeScreeningContext({ declaration: { exitPlan } }));

describe('exitPlanRule', () => {
  it('passes when an exit plan is described', () => {
    expect(evaluate('Full export as CSV and SQL dump within 30 days; 90 days of parallel running.')[0]).toMatchObject({
      ruleId: 'sovereignty.exit-plan',
      outcome: 'pass',
      evidence: { exitPlan: true },
    });
  });

  it('warns when there is none, or only blanks', () => {
    expect(evaluate(undefined)[0]).toMatchObject({ outcome: 'warn', evidence: { exitPlan: false } });
    expect(evaluate('   ')[0]).toMatchObject({ outcome: 'warn' });
  });
});
