import { describe, expect, it } from 'vitest';
import { makeScreeningContext } from '../screening-fixtures.js';
import { parentCompanyRule } from './screen-parent-company.js';

const evaluate = (parentCompanyCountry?: string) => parentCompanyRule.evaluate(makeScreeningContext({ declaration: { parentCompanyCountry } }));

describe('parentCompanyRule', () => {
  it('passes a parent company in the EEA, Norway included', () => {
    expect(evaluate('DK')[0]).toMatchObject({ ruleId: 'sovereignty.parent-company-jurisdiction', outcome: 'pass', evidence: { eea: true } });
    expect(evaluate('NO')[0]).toMatchObject({ outcome: 'pass' });
  });

  it('notes the CLOUD Act for a US parent company', () => {
    const [finding] = evaluate('US');
    expect(finding).toMatchObject({ outcome: 'warn', severity: 'minor', evidence: { parentCompanyCountry: 'US', eea: false, law: expect.stringContaining('CLOUD Act') } });
    expect(finding!.explanation.en).toContain('CLOUD Act');
  });

  it('notes a generic exposure for other third countries, with the EU spelling of the UK understood', () => {
    expect(evaluate('UK')[0]).toMatchObject({ outcome: 'warn', evidence: { parentCompanyCountry: 'GB', law: 'Investigatory Powers Act 2016' } });
    expect(evaluate('CH')[0]).toMatchObject({ outcome: 'warn', evidence: { law: null } });
  });

  it('asks for review when the country is not stated', () => {
    expect(evaluate(undefined)[0]).toMatchObject({ outcome: 'needs-review' });
  });
});
