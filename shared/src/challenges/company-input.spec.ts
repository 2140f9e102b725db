import { describe, expect, it } from 'vitest';
import { companyInputSchema } from './company-input.js';
import { parseWithCodes } from './parse-with-codes.js';

describe('companyInputSchema', () => {
  it('accepts a Danish company and normalises its CVR number and country code', () => {
    const result = parseWithCodes(companyInputSchema, {
      name: 'Borgerdata ApS',
      country: 'dk',
      cvr: 'DK 55 13 30 18',
      sizeClass: 'small',
      contactPerson: { name: 'Mette Holm', email: ' mette@borgerdata.dk ', phone: '+45 12 34 56 78' },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Borgerdata ApS',
        country: 'DK',
        cvr: '55133018',
        sizeClass: 'small',
        contactPerson: { name: 'Mette Holm', email: 'mette@borgerdata.dk', phone: '+45 12 34 56 78' },
      },
    });
  });
  it('accepts a German company with its register number and no contact person', () => {
    const result = parseWithCodes(companyInputSchema, { name: 'Stadtwerk KI GmbH', country: 'DE', registrationNumber: 'HRB 86891', sizeClass: 'micro' });
    expect(result.ok).toBe(true);
  });
  it('demands the CVR number exactly when the country is Denmark', () => {
    expect(parseWithCodes(companyInputSchema, { name: 'A', country: 'DK', registrationNumber: '123', sizeClass: 'large' })).toEqual({
      ok: false,
      issues: [
        { path: 'cvr', code: 'company.cvr-required' },
        { path: 'registrationNumber', code: 'company.registration-number-not-for-dk' },
      ],
    });
  });
  it('reports a bad size class, e-mail and phone number with their own codes', () => {
    const result = parseWithCodes(companyInputSchema, {
      name: 'A',
      country: 'FI',
      registrationNumber: '0112038-9',
      sizeClass: 'huge',
      contactPerson: { name: 'B', email: 'not-an-email', phone: 'call me' },
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'sizeClass', code: 'company.size-class-invalid' },
        { path: 'contactPerson.email', code: 'contact.email-invalid' },
        { path: 'contactPerson.phone', code: 'contact.phone-invalid' },
      ],
    });
  });
});
