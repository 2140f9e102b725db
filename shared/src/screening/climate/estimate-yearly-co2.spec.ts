import { describe, expect, it } from 'vitest';
import { co2 } from '@tgwf/co2';
import { climateScore, estimateYearlyCo2, toAlpha3 } from './estimate-yearly-co2.js';

// Hand-computed from the SWD v4 constants (domain.md §5): kWh per GB operational data centre
// 0.055, network 0.059, device 0.080; embodied 0.012 + 0.013 + 0.081 = 0.106 at the global 494
// g/kWh. Ember averages in CO2.js 0.19: DNK 143.3, DEU 342.06, USA 383.55 g/kWh.
const EMBODIED_PER_GB = 0.106 * 494; // 52.364 g
const USERS_PER_GB = (0.059 + 0.08) * 143.3; // network and device in Denmark: 19.9187 g

describe('estimateYearlyCo2', () => {
  it('follows SWD v4 for a Danish data centre without green energy', () => {
    const result = estimateYearlyCo2({ monthlyDataTransferGb: 100, dataCentreCountry: 'DK' });
    const perGb = 0.055 * 143.3 + USERS_PER_GB + EMBODIED_PER_GB; // 80.1642 g
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.estimate.kgPerYear).toBeCloseTo((1200 * perGb) / 1000, 6); // 96.197 kg
    expect(result.estimate.kgPerYear).toBeCloseTo(96.19704, 4);
    expect(result.estimate.inputs).toMatchObject({
      dataCentreCountryAlpha3: 'DNK',
      dataCentreGridIntensity: 143.3,
      userGridIntensity: 143.3,
      greenHostingFactor: 0,
      greenHostingSource: 'not-declared',
    });
  });

  it("discounts only the data centre's operational part by the renewable share", () => {
    const result = estimateYearlyCo2({ monthlyDataTransferGb: 100, dataCentreCountry: 'DE', renewableShare: 0.5 });
    const perGb = 0.055 * 342.06 * 0.5 + USERS_PER_GB + EMBODIED_PER_GB; // 81.68935 g
    expect(result.ok && result.estimate.kgPerYear).toBeCloseTo((1200 * perGb) / 1000, 6); // 98.027 kg
  });

  it('treats declared green hosting as a fully renewable data centre', () => {
    const result = estimateYearlyCo2({ monthlyDataTransferGb: 100, dataCentreCountry: 'DE', greenHosting: true, renewableShare: 0.2 });
    const perGb = USERS_PER_GB + EMBODIED_PER_GB; // 72.2827 g
    expect(result.ok && result.estimate.kgPerYear).toBeCloseTo((1200 * perGb) / 1000, 6); // 86.739 kg
    expect(result.ok && result.estimate.inputs.greenHostingSource).toBe('green-hosting');
  });

  it('adds AI inference energy at the data centre grid, with the documented default of 0.3 Wh', () => {
    const result = estimateYearlyCo2({ monthlyDataTransferGb: 10, dataCentreCountry: 'US', isAiSolution: true, monthlyInferences: 1_000_000 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // 12 × 1,000,000 × 0.3 Wh = 3,600 kWh × 383.55 g/kWh = 1,380.78 kg
    expect(result.estimate.inferenceKgPerYear).toBeCloseTo(1380.78, 6);
    const transferPerGb = 0.055 * 383.55 + USERS_PER_GB + EMBODIED_PER_GB; // 93.37795 g
    expect(result.estimate.dataTransferKgPerYear).toBeCloseTo((120 * transferPerGb) / 1000, 6);
    expect(result.estimate.inputs).toMatchObject({ energyPerInferenceWh: 0.3, energyPerInferenceSource: 'default' });
  });

  it('uses the declared energy per inference and the renewable share for inference too', () => {
    const result = estimateYearlyCo2({ monthlyDataTransferGb: 0, dataCentreCountry: 'DK', monthlyInferences: 1000, energyPerInferenceWh: 2, renewableShare: 0.25 });
    // 12 × 1000 × 2 Wh = 24 kWh × 143.3 × 0.75 = 2,579.4 g
    expect(result.ok && result.estimate.kgPerYear).toBeCloseTo(2.5794, 6);
  });

  it('falls back to the hosting country when no data centre country is given', () => {
    const result = estimateYearlyCo2({ monthlyDataTransferGb: 1, hostingCountries: ['SE', 'DK'] });
    expect(result.ok && result.estimate.inputs.dataCentreCountryAlpha3).toBe('SWE');
  });

  it('uses the world average for a country without data, and says so', () => {
    const result = estimateYearlyCo2({ monthlyDataTransferGb: 1, dataCentreCountry: 'LI' });
    expect(result.ok && result.estimate.inputs).toMatchObject({ dataCentreGridIntensity: 472.94, dataCentreIntensityFallback: true });
  });

  it('lists the missing declarations instead of guessing', () => {
    expect(estimateYearlyCo2({})).toEqual({ ok: false, missing: ['monthlyDataTransferGb', 'dataCentreCountry'] });
    expect(estimateYearlyCo2({ monthlyDataTransferGb: 5, dataCentreCountry: 'DK', isAiSolution: true })).toEqual({ ok: false, missing: ['monthlyInferences'] });
  });

  it('refuses a code that is not a country', () => {
    expect(estimateYearlyCo2({ monthlyDataTransferGb: 5, dataCentreCountry: 'QQ' })).toEqual({ ok: false, missing: [], unknownCountry: 'QQ' });
  });
});

describe('toAlpha3', () => {
  it('maps ISO alpha-2 codes and the EU spellings', () => {
    expect(toAlpha3('DK')).toBe('DNK');
    expect(toAlpha3('GB')).toBe('GBR');
    expect(toAlpha3('UK')).toBe('GBR');
    expect(toAlpha3('EL')).toBe('GRC');
    expect(toAlpha3('ZZ')).toBeNull();
  });
});

describe('CO2.js itself', () => {
  it('implements the SWD v4 total of 0.300 kWh/GB, 148.2 g/GB at the global 494 g/kWh', () => {
    expect(new co2({ model: 'swd', version: 4 }).perByte(1e9)).toBeCloseTo(148.2, 6);
  });
});

describe('climateScore', () => {
  it('gives 100 at half the reference or less and 0 at twice it or more', () => {
    expect(climateScore(50, 100)).toBe(100);
    expect(climateScore(10, 100)).toBe(100);
    expect(climateScore(200, 100)).toBe(0);
    expect(climateScore(1000, 100)).toBe(0);
  });

  it('is linear in between', () => {
    expect(climateScore(100, 100)).toBeCloseTo(66.7, 6);
    expect(climateScore(125, 100)).toBe(50);
    expect(climateScore(80, 100)).toBe(80);
  });
});
