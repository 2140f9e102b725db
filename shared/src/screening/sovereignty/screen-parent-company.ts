import type { Localised } from '../../common/localised.js';
import { GDPR_COUNTRY_LISTS, normaliseCountry } from '../data-protection/classify-transfer.js';
import { defineRule } from '../define-rule.js';
import thirdCountryAccess from './third-country-access.json' with { type: 'json' };

const EEA = new Set(GDPR_COUNTRY_LISTS.eea);
const LAWS: Record<string, { law: string; note: Localised }> = thirdCountryAccess.laws;

// Where the parent company sits decides which governments can compel it to hand over data,
// wherever the servers are. Noted for the organiser's judgement; it is not a GDPR breach in itself.
export const parentCompanyRule = defineRule(
  {
    id: 'sovereignty.parent-company-jurisdiction',
    area: 'sovereignty',
    severity: 'minor',
    title: { da: 'Moderselskabets land og tredjelandes adgang', en: "Parent company's country and third-country access" },
    reference: 'EU Cloud Sovereignty Framework (2025), legal and jurisdictional objective; GDPR Art. 48',
  },
  ({ declaration }, finding) => {
    if (!declaration.parentCompanyCountry) {
      return [
        finding({
          outcome: 'needs-review',
          evidence: { parentCompanyCountry: null },
          explanation: { da: 'Det er ikke oplyst, hvor moderselskabet har hjemsted.', en: 'Not stated where the parent company is based.' },
        }),
      ];
    }
    const country = normaliseCountry(declaration.parentCompanyCountry);
    if (EEA.has(country)) {
      return [
        finding({
          outcome: 'pass',
          evidence: { parentCompanyCountry: country, eea: true },
          explanation: {
            da: `Moderselskabet har hjemsted i EØS (${country}).`,
            en: `The parent company is based in the EEA (${country}).`,
          },
        }),
      ];
    }
    const law = LAWS[country];
    const exposure: Localised = law?.note ?? {
      da: `Lovgivningen i ${country} kan give myndigheder adgang til data, som koncernen kontrollerer.`,
      en: `The laws of ${country} may give its authorities access to data the group controls.`,
    };
    return [
      finding({
        outcome: 'warn',
        evidence: { parentCompanyCountry: country, eea: false, law: law?.law ?? null },
        explanation: {
          da: `Moderselskabet har hjemsted uden for EØS (${country}). ${exposure.da} Vurdér risikoen ud fra data og kryptering (hvem har nøglerne).`,
          en: `The parent company is based outside the EEA (${country}). ${exposure.en} Weigh the risk against the data and the encryption (who holds the keys).`,
        },
      }),
    ];
  },
);
