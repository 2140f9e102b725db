import { isEeaCountry } from './eea-countries.js';
import { checkCvr } from './validate-cvr.js';
import type { ValidationIssue } from './validation-issue.js';

export interface CompanyRegistrationInput {
  country: string;
  cvr?: string | undefined;
  registrationNumber?: string | undefined;
}

export type CompanyRegistrationCode =
  | 'company.country-not-eea'
  | 'company.cvr-required'
  | 'company.cvr-only-for-dk'
  | 'company.registration-number-required'
  | 'company.registration-number-format'
  | 'company.registration-number-not-for-dk'
  | 'cvr.format'
  | 'cvr.leading-zero'
  | 'cvr.checksum';

// Registers across the EEA use very different formats; demanding any one of them would treat
// some foreign firms worse than others, so only a generous shape is checked.
const REGISTRATION_NUMBER = /^(?=.*[\p{L}\p{N}])[\p{L}\p{N} ./-]{2,30}$/u;

export function isPlausibleRegistrationNumber(value: string): boolean {
  return REGISTRATION_NUMBER.test(value.trim());
}

/** A Danish firm is identified by its CVR number, any other EU/EEA firm by its national number. */
export function validateCompanyRegistration(input: CompanyRegistrationInput): ValidationIssue<CompanyRegistrationCode>[] {
  const issues: ValidationIssue<CompanyRegistrationCode>[] = [];
  if (!isEeaCountry(input.country)) issues.push({ path: 'country', code: 'company.country-not-eea' });
  const hasCvr = input.cvr !== undefined && input.cvr.trim() !== '';
  const hasNumber = input.registrationNumber !== undefined && input.registrationNumber.trim() !== '';
  if (input.country === 'DK') {
    if (!hasCvr) issues.push({ path: 'cvr', code: 'company.cvr-required' });
    else {
      const cvr = checkCvr(input.cvr ?? '');
      if (!cvr.ok) issues.push({ path: 'cvr', code: cvr.code });
    }
    if (hasNumber) issues.push({ path: 'registrationNumber', code: 'company.registration-number-not-for-dk' });
    return issues;
  }
  if (hasCvr) issues.push({ path: 'cvr', code: 'company.cvr-only-for-dk' });
  if (!hasNumber) issues.push({ path: 'registrationNumber', code: 'company.registration-number-required' });
  else if (!isPlausibleRegistrationNumber(input.registrationNumber ?? '')) {
    issues.push({ path: 'registrationNumber', code: 'company.registration-number-format' });
  }
  return issues;
}
