import { describe, expect, it } from 'vitest';
import { makeScreeningContext } from '../screening-fixtures.js';
import { mfaRule } from './screen-mfa.js';

const outcomeOf = (mfa: boolean | undefined) =>
  mfaRule.evaluate(makeScreeningContext({ declaration: mfa === undefined ? {} : { mfa } }))[0]?.outcome;

describe('mfaRule', () => {
  it('passes with MFA, fails without and asks for review when unstated', () => {
    expect(outcomeOf(true)).toBe('pass');
    expect(outcomeOf(false)).toBe('fail');
    expect(outcomeOf(undefined)).toBe('needs-review');
  });
});
