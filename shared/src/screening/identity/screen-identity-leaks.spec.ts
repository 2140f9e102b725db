import { describe, expect, it } from 'vitest';
import { makeScreeningContext } from '../screening-fixtures.js';
import { identityLeaksRule } from './screen-identity-leaks.js';

describe('identityLeaksRule', () => {
  const leaky = { fields: { summary: 'Nordlys Data ApS, CVR 12345674' } };

  it('does not apply when the challenge is not blind', () => {
    expect(identityLeaksRule.evaluate(makeScreeningContext({ ...leaky, challenge: { blindReview: false } }))).toEqual([]);
  });

  it('warns with every location when a blind entry reveals its identity', () => {
    const [finding] = identityLeaksRule.evaluate(makeScreeningContext({ ...leaky, challenge: { blindReview: true } }));
    expect(finding).toMatchObject({ outcome: 'warn', severity: 'major', area: 'data-protection', evidence: { leaks: 2, kinds: ['company-name', 'cvr'] } });
    expect(finding?.evidence.locations).toHaveLength(2);
  });

  it('passes a blind entry that reveals nothing', () => {
    const context = makeScreeningContext({ fields: { summary: 'Vores løsning' }, challenge: { blindReview: true } });
    expect(identityLeaksRule.evaluate(context)[0]?.outcome).toBe('pass');
  });
});
