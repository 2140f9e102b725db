import type { Localised } from '../../common/localised.js';
import { TRANSFER_BASES } from '../../submissions/compliance-declaration.js';
import gdprCountries from './gdpr-countries.json' with { type: 'json' };

export type TransferBasis = (typeof TRANSFER_BASES)[number];

/** Where personal data goes, as the vendor declared it. */
export interface TransferDeclaration {
  /** ISO 3166-1 alpha-2; "UK" and "EL" are accepted as GB and GR. */
  country: string;
  dpfCertified?: boolean;
  transferBasis?: TransferBasis;
  transferImpactAssessment?: boolean;
}

export type TransferClass = 'eea' | 'adequacy' | 'safeguards-ok' | 'fail';

/** Why a transfer to a third country is not (yet) acceptable. */
export type TransferProblem =
  /** No Art. 46 safeguard (or a basis that does not apply to the country, e.g. "adequacy" for India). */
  | 'no-safeguards'
  /** SCCs or BCRs, but the vendor says there is no transfer impact assessment. */
  | 'missing-tia'
  /** SCCs or BCRs, and the vendor has not said whether a transfer impact assessment exists. */
  | 'tia-not-declared'
  /** A third country, and the vendor has not said on what basis data goes there. */
  | 'basis-not-declared';

export interface TransferClassification {
  country: string;
  classification: TransferClass;
  problem?: TransferProblem;
  /** Scope of an adequacy decision the organiser should know about (Canada, Japan, the US). */
  note?: Localised;
}

interface AdequacyEntry {
  country: string;
  name: string;
  scope?: string;
  decision?: string;
  requiresDpfCertification?: boolean;
  note?: Localised;
}

const EEA = new Set<string>(gdprCountries.eea);
const ADEQUACY = new Map<string, AdequacyEntry>(
  (gdprCountries.adequacy as AdequacyEntry[]).map((entry) => [entry.country, entry]),
);
const ALIASES: Record<string, string> = gdprCountries.aliases;

/** The country lists with their source and date, for screens that show where they come from. */
export const GDPR_COUNTRY_LISTS = {
  source: gdprCountries.source,
  sourceUrl: gdprCountries.sourceUrl,
  checked: gdprCountries.checked,
  eea: [...EEA],
  adequacy: [...ADEQUACY.keys()],
};

export function normaliseCountry(country: string): string {
  const upper = country.trim().toUpperCase();
  return ALIASES[upper] ?? upper;
}

// GDPR chapter V: EEA → free flow; Art. 45 adequacy → allowed (within the decision's scope);
// anything else needs Art. 46 safeguards (SCCs, BCRs) plus a transfer impact assessment.
// Art. 49 derogations are not accepted here: they are for occasional transfers, and a public
// authority cannot rely on consent or contract (Art. 49(3)).
export function classifyTransfer(transfer: TransferDeclaration): TransferClassification {
  const country = normaliseCountry(transfer.country);
  if (EEA.has(country)) return { country, classification: 'eea' };

  const adequacy = ADEQUACY.get(country);
  if (adequacy && (!adequacy.requiresDpfCertification || transfer.dpfCertified === true)) {
    return { country, classification: 'adequacy', ...(adequacy.note ? { note: adequacy.note } : {}) };
  }

  const basis = transfer.transferBasis;
  if (basis === undefined) return { country, classification: 'fail', problem: 'basis-not-declared' };
  if (basis !== 'scc' && basis !== 'bcr') return { country, classification: 'fail', problem: 'no-safeguards' };
  if (transfer.transferImpactAssessment === true) return { country, classification: 'safeguards-ok' };
  return {
    country,
    classification: 'fail',
    problem: transfer.transferImpactAssessment === false ? 'missing-tia' : 'tia-not-declared',
  };
}
