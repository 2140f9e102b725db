import { describe, expect, it } from 'vitest';
import { classifyTransfer, GDPR_COUNTRY_LISTS } from './classify-transfer.js';

describe('classifyTransfer', () => {
  it('lets data flow freely within the EEA, including Iceland, Liechtenstein and Norway', () => {
    for (const country of ['DK', 'DE', 'GR', 'IS', 'LI', 'NO']) {
      expect(classifyTransfer({ country, transferBasis: 'none' }).classification).toBe('eea');
    }
    expect(GDPR_COUNTRY_LISTS.eea).toHaveLength(30);
  });

  it('accepts the usual non-ISO spellings of the UK and Greece', () => {
    expect(classifyTransfer({ country: 'UK' })).toMatchObject({ country: 'GB', classification: 'adequacy' });
    expect(classifyTransfer({ country: 'EL' })).toMatchObject({ country: 'GR', classification: 'eea' });
  });

  it('passes countries with an adequacy decision', () => {
    for (const country of ['CH', 'GB', 'BR', 'KR', 'NZ', 'FO', 'UY']) {
      expect(classifyTransfer({ country }).classification).toBe('adequacy');
    }
  });

  it('passes Canada and Japan with a note on the scope of their decisions', () => {
    expect(classifyTransfer({ country: 'CA' }).note?.en).toMatch(/PIPEDA/);
    expect(classifyTransfer({ country: 'JP' }).note?.en).toMatch(/APPI/);
  });

  it('passes the United States only with a Data Privacy Framework certification', () => {
    expect(classifyTransfer({ country: 'US', dpfCertified: true })).toMatchObject({ classification: 'adequacy' });
    expect(classifyTransfer({ country: 'US', dpfCertified: true }).note?.en).toMatch(/2023\/1795/);
    expect(classifyTransfer({ country: 'US', dpfCertified: false, transferBasis: 'adequacy' })).toMatchObject({
      classification: 'fail',
      problem: 'no-safeguards',
    });
    expect(classifyTransfer({ country: 'US' })).toMatchObject({ classification: 'fail', problem: 'basis-not-declared' });
  });

  it('accepts SCCs or BCRs to other third countries only with a transfer impact assessment', () => {
    expect(classifyTransfer({ country: 'IN', transferBasis: 'scc', transferImpactAssessment: true }).classification).toBe(
      'safeguards-ok',
    );
    expect(classifyTransfer({ country: 'US', transferBasis: 'bcr', transferImpactAssessment: true }).classification).toBe(
      'safeguards-ok',
    );
    expect(classifyTransfer({ country: 'IN', transferBasis: 'scc', transferImpactAssessment: false })).toMatchObject({
      classification: 'fail',
      problem: 'missing-tia',
    });
    expect(classifyTransfer({ country: 'IN', transferBasis: 'bcr' })).toMatchObject({
      classification: 'fail',
      problem: 'tia-not-declared',
    });
  });

  it('fails a third country without safeguards, or with a basis that does not apply to it', () => {
    expect(classifyTransfer({ country: 'CN', transferBasis: 'none' }).problem).toBe('no-safeguards');
    expect(classifyTransfer({ country: 'IN', transferBasis: 'adequacy' }).problem).toBe('no-safeguards');
    expect(classifyTransfer({ country: 'GL', transferBasis: 'eea' }).problem).toBe('no-safeguards');
  });
});
