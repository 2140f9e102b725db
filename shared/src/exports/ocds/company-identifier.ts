import type { BuyerSnapshot, CompanySnapshot } from '../snapshot.js';
import registers from './company-register-schemes.json' with { type: 'json' };

export interface OcdsIdentifier {
  scheme?: string;
  id: string;
  legalName: string;
}

const schemesByCountry: Readonly<Record<string, string>> = registers.schemes;

/** org-id.guide code of a country's company register, when we know it. */
export function companyRegisterScheme(country: string): string | null {
  return schemesByCountry[country.toUpperCase()] ?? null;
}

// A CVR number wins (also for a foreign company with a Danish branch); otherwise the national
// register number under the scheme the company named or the one known for its country. Without a
// known scheme the number is published without one rather than under an invented code.
export function companyIdentifier(company: CompanySnapshot): OcdsIdentifier | null {
  if (company.cvr) return { scheme: 'DK-CVR', id: company.cvr, legalName: company.name };
  if (!company.registrationNumber) return null;
  const scheme = company.registrationScheme ?? companyRegisterScheme(company.country);
  return scheme === null
    ? { id: company.registrationNumber, legalName: company.name }
    : { scheme, id: company.registrationNumber, legalName: company.name };
}

/**
 * Party ids follow the OCDS convention `{scheme}-{id}` where the organisation has a scheme-backed
 * identifier; otherwise the platform's own id, prefixed so it cannot collide with a scheme code.
 */
export function companyPartyId(company: CompanySnapshot): string {
  const identifier = companyIdentifier(company);
  if (identifier?.scheme) return `${identifier.scheme}-${identifier.id.replace(/\s+/g, '')}`;
  return `fairpitch-company-${company.id}`;
}

export function buyerPartyId(buyer: BuyerSnapshot): string {
  return `DK-CVR-${buyer.cvr}`;
}
