import { describe, expect, it } from 'vitest';
import type { CompanySnapshot } from '../snapshot.js';
import { companyIdentifier, companyPartyId, companyRegisterScheme } from './company-identifier.js';
import registers from './company-register-schemes.json' with { type: 'json' };

const base: CompanySnapshot = {
  id: 'c-1',
  name: 'Example',
  country: 'DK',
  cvr: null,
  registrationNumber: null,
  registrationScheme: null,
  sizeClass: 'small',
  contactPerson: null,
};

describe('companyIdentifier', () => {
  it('uses the CVR number under DK-CVR when the company has one', () => {
    expect(companyIdentifier({ ...base, cvr: '38124560' })).toEqual({ scheme: 'DK-CVR', id: '38124560', legalName: 'Example' });
  });

  it("uses the register of the company's country for a foreign company", () => {
    expect(companyIdentifier({ ...base, country: 'SE', registrationNumber: '5566778899' })).toEqual({
      scheme: 'SE-BLV',
      id: '5566778899',
      legalName: 'Example',
    });
  });

  it('prefers the register the company named itself', () => {
    expect(companyIdentifier({ ...base, country: 'SE', registrationNumber: '1', registrationScheme: 'SE-ON' })?.scheme).toBe('SE-ON');
  });

  it('publishes the number without a scheme when the register is unknown, rather than inventing one', () => {
    expect(companyIdentifier({ ...base, country: 'MT', registrationNumber: 'C 12345' })).toEqual({ id: 'C 12345', legalName: 'Example' });
  });

  it('returns null when the company gave no number at all', () => {
    expect(companyIdentifier(base)).toBeNull();
  });
});

describe('companyPartyId', () => {
  it('joins scheme and number without spaces', () => {
    expect(companyPartyId({ ...base, country: 'DE', registrationNumber: 'HRB 123456', registrationScheme: 'DE-CR' })).toBe('DE-CR-HRB123456');
  });

  it("falls back to the platform's own id", () => {
    expect(companyPartyId({ ...base, id: 'abc' })).toBe('fairpitch-company-abc');
  });
});

describe('company register schemes data', () => {
  it('carries its source and the date it was checked', () => {
    expect(registers.source).toMatch(/org-id\.guide/);
    expect(registers.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('uses org-id.guide style codes that start with the country code', () => {
    for (const [country, scheme] of Object.entries(registers.schemes)) {
      expect(scheme.startsWith(`${country}-`)).toBe(true);
    }
    expect(companyRegisterScheme('dk')).toBe('DK-CVR');
  });
});
