import { describe, expect, it } from 'vitest';
import { makeScreeningContext } from '../screening-fixtures.js';
import { licenceRule } from './screen-licence.js';

const evaluate = (licence?: string) => licenceRule.evaluate(makeScreeningContext({ declaration: { licence } }));

describe('licenceRule', () => {
  it('passes an open source licence', () => {
    expect(evaluate('MIT OR Apache-2.0')[0]).toMatchObject({ ruleId: 'sovereignty.licence', area: 'sovereignty', outcome: 'pass', evidence: { open: true } });
  });

  it('warns, never fails, about a proprietary licence', () => {
    const [finding] = evaluate('LicenseRef-Acme-Commercial');
    expect(finding).toMatchObject({ outcome: 'warn', severity: 'minor', evidence: { open: false } });
  });

  it('asks for review of an invalid expression', () => {
    expect(evaluate('Apache 2')[0]).toMatchObject({ outcome: 'needs-review', evidence: { licence: 'Apache 2', error: expect.any(String) } });
  });

  it('asks for review when no licence is stated', () => {
    expect(evaluate(undefined)[0]).toMatchObject({ outcome: 'needs-review', evidence: { licence: null } });
    expect(evaluate('  ')[0]).toMatchObject({ outcome: 'needs-review' });
  });
});
