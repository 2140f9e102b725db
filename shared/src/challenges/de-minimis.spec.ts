import { describe, expect, it } from 'vitest';
import { DE_MINIMIS, deMinimisHeadroomEur, dkkToEur, exceedsDeMinimisCeiling } from './de-minimis.js';

describe('de minimis ceiling', () => {
  it('is €300,000 over three years', () => {
    expect(DE_MINIMIS.ceilingEur).toBe(300_000);
    expect(DE_MINIMIS.periodYears).toBe(3);
  });
  it('leaves the difference to the ceiling as headroom, never less than nothing', () => {
    expect(deMinimisHeadroomEur(120_000)).toBe(180_000);
    expect(deMinimisHeadroomEur(350_000)).toBe(0);
  });
  it('allows aid that reaches the ceiling exactly and refuses one euro more', () => {
    expect(exceedsDeMinimisCeiling(200_000, 100_000)).toBe(false);
    expect(exceedsDeMinimisCeiling(200_000, 100_001)).toBe(true);
  });
  it('converts kroner to euro at the central rate', () => {
    expect(dkkToEur(746_038)).toBeCloseTo(100_000, 6);
  });
});
