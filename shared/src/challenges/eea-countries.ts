import eeaData from './eea-countries.json' with { type: 'json' };

// Firms from every EU/EEA state take part on equal terms (udbudsloven § 3).
export const EEA_COUNTRIES: readonly string[] = [...eeaData.eu, ...eeaData.eeaEfta];
const EEA_SET = new Set(EEA_COUNTRIES);

export function isEeaCountry(code: string): boolean {
  return EEA_SET.has(code);
}
