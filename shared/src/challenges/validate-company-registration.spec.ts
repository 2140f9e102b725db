import { describe, expect, it } from 'vitest';
import { EEA_COUNTRIES, isEeaCountry } from './eea-countries.js';
import { isPlausibleRegistrationNumber, validateCompanyRegistration } from './validate-company-registration.js';

describe('EEA countries', () => {
  it('lists the 27 EU states and Iceland, Liechtenstein and Norway', () => {
    expect(EEA_COUNTRIES).toHaveLength(30);
    for (const code of ['DK', 'DE', 'GR', 'IS', 'LI', 'NO']) expect(isEeaCountry(code)).toBe(true);
  });
  it('leaves out countries outside the EEA, including Switzerland and the United Kingdom', () => {
    for (const code of ['CH', 'GB', 'US', 'EL', 'dk']) expect(isEeaCountry(code)).toBe(false);
  });
});

describe('validateCompanyRegistration', () => {
  it('accepts a Danish company with a valid CVR number', () => {
    expect(validateCompanyRegistration({ country: 'DK', cvr: '55133018' })).toEqual([]);
  });
  it('requires a Danish company to give a valid CVR number', () => {
    expect(validateCompanyRegistration({ country: 'DK' })).toEqual([{ path: 'cvr', code: 'company.cvr-required' }]);
    expect(validateCompanyRegistration({ country: 'DK', cvr: '55133019' })).toEqual([{ path: 'cvr', code: 'cvr.checksum' }]);
  });
  it('accepts firms from other EEA countries with their own register numbers, in any format', () => {
    expect(validateCompanyRegistration({ country: 'DE', registrationNumber: 'HRB 86891' })).toEqual([]);
    expect(validateCompanyRegistration({ country: 'FR', registrationNumber: '552 100 554' })).toEqual([]);
    expect(validateCompanyRegistration({ country: 'NO', registrationNumber: '923609016' })).toEqual([]);
    expect(validateCompanyRegistration({ country: 'IE', registrationNumber: 'IE/123-4.5' })).toEqual([]);
  });
  it('never asks a foreign firm for a CVR number', () => {
    expect(validateCompanyRegistration({ country: 'SE', registrationNumber: '556016-0680' })).toEqual([]);
    expect(validateCompanyRegistration({ country: 'SE', cvr: '55133018', registrationNumber: '556016-0680' })).toEqual([
      { path: 'cvr', code: 'company.cvr-only-for-dk' },
    ]);
  });
  it('requires a foreign firm to give a register number of 2 to 30 allowed characters', () => {
    expect(validateCompanyRegistration({ country: 'NL' })).toEqual([{ path: 'registrationNumber', code: 'company.registration-number-required' }]);
    for (const bad of ['1', 'x'.repeat(31), 'HRB<script>', '--', '12;34']) {
      expect(isPlausibleRegistrationNumber(bad)).toBe(false);
    }
  });
  it('refuses countries outside the EU/EEA', () => {
    expect(validateCompanyRegistration({ country: 'US', registrationNumber: '12-3456789' })).toEqual([
      { path: 'country', code: 'company.country-not-eea' },
    ]);
  });
});
