import { describe, expect, it } from 'vitest';
import { formatNumberFor, formatPlainNumber } from './format-number.js';

describe('formatPlainNumber', () => {
  it('writes the shortest round-trip form with the chosen decimal mark', () => {
    expect(formatPlainNumber(4.5, '.')).toBe('4.5');
    expect(formatPlainNumber(4.5, ',')).toBe('4,5');
    expect(formatPlainNumber(450000, ',')).toBe('450000');
  });

  it('writes a fixed number of decimals when asked', () => {
    expect(formatPlainNumber(3.825, '.', 2)).toBe('3.83');
    expect(formatPlainNumber(4, ',', 2)).toBe('4,00');
  });

  it('never uses exponent notation', () => {
    expect(formatPlainNumber(1e21, '.')).toBe('1000000000000000000000');
    expect(formatPlainNumber(1.5e-7, '.')).toBe('0.00000015');
    expect(formatPlainNumber(-2.5e21, ',')).toBe('-2500000000000000000000');
  });

  it('does not print a negative zero', () => {
    expect(formatPlainNumber(-0, '.')).toBe('0');
    expect(formatPlainNumber(-0.001, '.', 2)).toBe('0.00');
  });

  it('refuses NaN and infinities instead of writing them into a file', () => {
    expect(() => formatPlainNumber(Number.NaN, '.')).toThrow(RangeError);
    expect(() => formatPlainNumber(Number.POSITIVE_INFINITY, '.')).toThrow(RangeError);
  });
});

describe('formatNumberFor', () => {
  it('uses a decimal comma in Danish and a point in English', () => {
    expect(formatNumberFor('da', 12.5)).toBe('12,5');
    expect(formatNumberFor('en', 12.5)).toBe('12.5');
  });
});
