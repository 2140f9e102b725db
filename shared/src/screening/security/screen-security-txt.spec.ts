import { describe, expect, it } from 'vitest';
import { makeScreeningContext } from '../screening-fixtures.js';
import { securityTxtRule } from './screen-security-txt.js';

const evaluate = (securityTxt?: string) =>
  securityTxtRule.evaluate(makeScreeningContext({ declaration: securityTxt === undefined ? {} : { securityTxt } }))[0];

describe('securityTxtRule', () => {
  it('notes a missing security.txt without penalty', () => {
    expect(evaluate()).toMatchObject({ outcome: 'pass', severity: 'info', evidence: { provided: false } });
  });

  it('passes a valid file', () => {
    expect(evaluate('Contact: mailto:sec@example.dk\nExpires: 2027-05-01T00:00:00Z')).toMatchObject({
      outcome: 'pass',
      evidence: { status: 'valid', contacts: 1 },
    });
  });

  it('warns about an expired file, one that expires too far ahead, and one with errors', () => {
    expect(evaluate('Contact: mailto:sec@example.dk\nExpires: 2026-01-01T00:00:00Z')).toMatchObject({
      outcome: 'warn',
      evidence: { status: 'expired' },
    });
    expect(evaluate('Contact: mailto:sec@example.dk\nExpires: 2029-01-01T00:00:00Z')?.evidence.status).toBe('expires-too-far');
    const broken = evaluate('Contact: mailto:sec@example.dk');
    expect(broken).toMatchObject({ outcome: 'warn', evidence: { status: 'invalid' } });
    expect(broken?.evidence.problems).toEqual([{ code: 'missing-expires', line: null }]);
  });
});
