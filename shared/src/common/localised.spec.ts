import { describe, expect, it } from 'vitest';
import { pickLocale } from './localised.js';

describe('pickLocale', () => {
  it('defaults to Danish when the client states nothing', () => {
    expect(pickLocale(undefined)).toBe('da');
    expect(pickLocale('')).toBe('da');
  });
  it('honours quality values and regional tags', () => {
    expect(pickLocale('en-GB,en;q=0.9')).toBe('en');
    expect(pickLocale('de;q=1, en;q=0.5, da;q=0.8')).toBe('da');
  });
  it('falls back to Danish for languages the platform does not speak', () => {
    expect(pickLocale('fr-FR,de')).toBe('da');
  });
});
