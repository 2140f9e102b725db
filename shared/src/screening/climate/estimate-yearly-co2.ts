import { averageIntensity, co2 } from '@tgwf/co2';
import type { ComplianceDeclaration } from '../../submissions/compliance-declaration.js';
import assumptions from './climate-assumptions.json' with { type: 'json' };
import countryCodes from './country-codes.json' with { type: 'json' };

/** Bytes in a gigabyte as CO2.js counts them (decimal, 10^9). */
export const BYTES_PER_GB = 1e9;

const ALPHA3: Record<string, string> = { ...countryCodes.alpha2ToAlpha3, ...countryCodes.aliases };

/** ISO 3166-1 alpha-3 for an alpha-2 code (and the EU's EL/UK), or null. */
export function toAlpha3(alpha2: string): string | null {
  return ALPHA3[alpha2.toUpperCase()] ?? null;
}

export interface Co2Inputs {
  monthlyDataTransferGb: number;
  dataCentreCountry: string;
  dataCentreCountryAlpha3: string | null;
  /** g CO2e/kWh of the data centre's grid (Ember annual average via CO2.js). */
  dataCentreGridIntensity: number;
  /** True when the country has no average in CO2.js and the world average was used. */
  dataCentreIntensityFallback: boolean;
  userCountry: string;
  /** g CO2e/kWh used for user devices and the network (the users are in Denmark). */
  userGridIntensity: number;
  /** Share of the data centre's operational energy that is renewable (0–1). */
  greenHostingFactor: number;
  greenHostingSource: 'green-hosting' | 'renewable-share' | 'not-declared';
  monthlyInferences: number;
  energyPerInferenceWh: number;
  energyPerInferenceSource: 'declared' | 'default' | 'not-applicable';
}

export interface YearlyCo2Estimate {
  kgPerYear: number;
  dataTransferKgPerYear: number;
  inferenceKgPerYear: number;
  formula: string;
  inputs: Co2Inputs;
}

export type Co2EstimateResult =
  | { ok: true; estimate: YearlyCo2Estimate }
  /** `missing` names the declaration fields needed; `partial` is what could be computed. */
  | { ok: false; missing: string[]; unknownCountry?: string };

const FORMULA =
  'kg CO2e/year = [SWD v4 (CO2.js perByteTrace) of 12 × monthlyDataTransferGb × 10^9 bytes, with the data centre ' +
  "country's grid intensity for the data centre, Denmark's for devices and network, and greenHostingFactor] / 1000 " +
  '+ 12 × monthlyInferences × energyPerInferenceWh / 1000 × dataCentreGridIntensity × (1 − greenHostingFactor) / 1000';

/**
 * Yearly CO2e of the declared service: data transfer by the Sustainable Web Design model v4
 * (CO2.js), plus AI inference energy at the data centre's grid intensity. Pure: same
 * declaration, same numbers.
 */
export function estimateYearlyCo2(declaration: ComplianceDeclaration): Co2EstimateResult {
  const country = declaration.dataCentreCountry ?? declaration.hostingCountries?.[0];
  const missing: string[] = [];
  if (declaration.monthlyDataTransferGb === undefined) missing.push('monthlyDataTransferGb');
  if (!country) missing.push('dataCentreCountry');
  if (declaration.isAiSolution === true && declaration.monthlyInferences === undefined) missing.push('monthlyInferences');
  if (missing.length || !country || declaration.monthlyDataTransferGb === undefined) return { ok: false, missing };
  const alpha3 = toAlpha3(country);
  if (!alpha3) return { ok: false, missing: [], unknownCountry: country };

  const intensities = averageIntensity.data;
  const world = intensities.WORLD!;
  const dataCentreFallback = intensities[alpha3] === undefined;
  const dataCentreGridIntensity = dataCentreFallback ? world : intensities[alpha3]!;
  const userGridIntensity = intensities[assumptions.userCountry]!;
  const green = declaration.greenHosting === true;
  const greenHostingFactor = green ? 1 : (declaration.renewableShare ?? 0);
  const inferences = declaration.monthlyInferences ?? 0;
  const energyPerInferenceWh = declaration.energyPerInferenceWh ?? assumptions.defaultEnergyPerInferenceWh;

  const bytesPerYear = 12 * declaration.monthlyDataTransferGb * BYTES_PER_GB;
  const trace = new co2({ model: 'swd', version: 4 }).perByteTrace(bytesPerYear, green, {
    gridIntensity: {
      dataCenter: dataCentreFallback ? world : { country: alpha3 },
      device: { country: assumptions.userCountry },
      network: { country: assumptions.userCountry },
    },
    greenHostingFactor,
  });
  const dataTransferKgPerYear = trace.co2 / 1000;
  // Inference runs in the data centre, so its renewable share counts as for SWD's data-centre part.
  const inferenceKwhPerYear = (12 * inferences * energyPerInferenceWh) / 1000;
  const inferenceKgPerYear = (inferenceKwhPerYear * dataCentreGridIntensity * (1 - greenHostingFactor)) / 1000;
  return {
    ok: true,
    estimate: {
      kgPerYear: dataTransferKgPerYear + inferenceKgPerYear,
      dataTransferKgPerYear,
      inferenceKgPerYear,
      formula: FORMULA,
      inputs: {
        monthlyDataTransferGb: declaration.monthlyDataTransferGb,
        dataCentreCountry: country,
        dataCentreCountryAlpha3: alpha3,
        dataCentreGridIntensity,
        dataCentreIntensityFallback: dataCentreFallback,
        userCountry: assumptions.userCountry,
        userGridIntensity,
        greenHostingFactor,
        greenHostingSource: green ? 'green-hosting' : declaration.renewableShare !== undefined ? 'renewable-share' : 'not-declared',
        monthlyInferences: inferences,
        energyPerInferenceWh: inferences ? energyPerInferenceWh : 0,
        energyPerInferenceSource: !inferences ? 'not-applicable' : declaration.energyPerInferenceWh !== undefined ? 'declared' : 'default',
      },
    },
  };
}

/**
 * 0–100 against the challenge's reference: 100 at or below half the reference, 0 at or above
 * twice it, linear between (score = 100 × (2 − kg/reference) / 1.5).
 */
export function climateScore(kgPerYear: number, referenceKgPerYear: number): number {
  if (!(referenceKgPerYear > 0)) return 0;
  const ratio = kgPerYear / referenceKgPerYear;
  if (ratio <= 0.5) return 100;
  if (ratio >= 2) return 0;
  return Math.round(((100 * (2 - ratio)) / 1.5) * 10) / 10;
}

export const CLIMATE_SCORE_FORMULA = 'score = 100 if kg ≤ 0.5 × reference; 0 if kg ≥ 2 × reference; else 100 × (2 − kg/reference) / 1.5';
