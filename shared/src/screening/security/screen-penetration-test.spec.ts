import { describe, expect, it } from 'vitest';
import { makeScreeningContext } from '../screening-fixtures.js';
import { penetrationTestRule } from './screen-penetration-test.js';

const outcomeOf = (lastPenetrationTest?: string, asOf = '2026-11-27T12:00:00Z') =>
  penetrationTestRule.evaluate(makeScreeningContext({ asOf, declaration: lastPenetrationTest ? { lastPenetrationTest } : {} }))[0]
    ?.outcome;

describe('penetrationTestRule', () => {
  it('passes a test up to 12 months before the submission', () => {
    expect(outcomeOf('2026-05-01')).toBe('pass');
    expect(outcomeOf('2025-11-27')).toBe('pass');
  });

  it('warns about a test older than 12 months', () => {
    expect(outcomeOf('2025-11-26')).toBe('warn');
  });

  it('measures from the submission, not from today', () => {
    expect(outcomeOf('2020-01-10', '2020-06-01T00:00:00Z')).toBe('pass');
  });

  it('asks for review of a missing or future date', () => {
    expect(outcomeOf(undefined)).toBe('needs-review');
    expect(outcomeOf('2026-12-01')).toBe('needs-review');
  });
});
