import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCprDigits, decodeCprYear, detectCpr, maskCpr, maskCprInText } from './detect-cpr.js';

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
const weightedSum = (digits: string) => [...digits].reduce((acc, d, i) => acc + Number(d) * (WEIGHTS[i] as number), 0);

/** Completes nine digits with the check digit that passes modulo 11, or null when none does. */
function withCheckDigit(nine: string): string | null {
  const rest = (11 - (weightedSum(`${nine}0`) % 11)) % 11;
  return rest === 10 ? null : `${nine}${rest}`;
}

/** First serial (starting with the given 7th digit) that passes modulo 11. */
function validNumber(ddmmyy: string, seventh: number): string {
  for (let i = 0; i < 100; i++) {
    const number = withCheckDigit(`${ddmmyy}${seventh}${String(i).padStart(2, '0')}`);
    if (number) return number;
  }
  throw new Error('no valid serial');
}

/** First serial (starting with the given 7th digit) that fails modulo 11. */
function invalidNumber(ddmmyy: string, seventh: number): string {
  for (let i = 0; i < 1000; i++) {
    const number = `${ddmmyy}${seventh}${String(i).padStart(3, '0')}`;
    if (weightedSum(number) % 11 !== 0) return number;
  }
  throw new Error('no failing serial');
}

const hyphenated = (digits: string) => `${digits.slice(0, 6)}-${digits.slice(6)}`;

describe('decodeCprYear', () => {
  it('follows the century table of the CPR office', () => {
    expect(decodeCprYear(36, 0)).toBe(1936);
    expect(decodeCprYear(36, 4)).toBe(2036);
    expect(decodeCprYear(37, 4)).toBe(1937);
    expect(decodeCprYear(36, 9)).toBe(2036);
    expect(decodeCprYear(57, 5)).toBe(2057);
    expect(decodeCprYear(58, 5)).toBe(1858);
    expect(decodeCprYear(99, 8)).toBe(1899);
    expect(decodeCprYear(99, 3)).toBe(1999);
  });
});

describe('checkCprDigits', () => {
  it('accepts a valid date whose digits pass modulo 11', () => {
    expect(checkCprDigits(validNumber('150385', 1))).toBe('modulo-11');
  });

  it('accepts a listed 1 January date even when modulo 11 fails', () => {
    expect(checkCprDigits(invalidNumber('010160', 1))).toBe('listed-1-january-date');
    expect(checkCprDigits(invalidNumber('010195', 3))).toBe('listed-1-january-date');
  });

  it('rejects a 1 January date that is not on the list when modulo 11 fails', () => {
    expect(checkCprDigits(invalidNumber('010161', 1))).toBeNull();
    expect(checkCprDigits(invalidNumber('010193', 1))).toBeNull();
  });

  it('decodes the century before looking the date up in the list', () => {
    // 010160 with 7th digit 5 is 1 January 1860, which is not on the list.
    expect(checkCprDigits(invalidNumber('010160', 5))).toBeNull();
  });

  it('rejects impossible calendar dates even when modulo 11 passes', () => {
    expect(checkCprDigits(validNumber('310299', 1))).toBeNull();
    expect(checkCprDigits(validNumber('290201', 1))).toBeNull();
    expect(checkCprDigits(validNumber('290201', 4))).toBeNull();
    expect(checkCprDigits(validNumber('001085', 1))).toBeNull();
    expect(checkCprDigits(validNumber('011385', 1))).toBeNull();
  });

  it('knows that 2000 was a leap year and 1900 was not', () => {
    expect(checkCprDigits(validNumber('290200', 4))).toBe('modulo-11');
    expect(checkCprDigits(validNumber('290200', 1))).toBeNull();
  });

  it('rejects a valid date whose digits fail modulo 11', () => {
    expect(checkCprDigits(invalidNumber('150385', 1))).toBeNull();
  });
});

describe('detectCpr', () => {
  const number = validNumber('150385', 1);

  it('finds a number with and without the hyphen', () => {
    expect(detectCpr(`CPR: ${hyphenated(number)}`)).toHaveLength(1);
    expect(detectCpr(`CPR: ${number}.`)).toHaveLength(1);
    expect(detectCpr(`CPR ${number.slice(0, 6)} ${number.slice(6)} her`)).toHaveLength(1);
  });

  it('finds a number typed with an en dash or a non-breaking hyphen', () => {
    expect(detectCpr(`${number.slice(0, 6)}\u2013${number.slice(6)}`)).toHaveLength(1);
    expect(detectCpr(`${number.slice(0, 6)}\u2011${number.slice(6)}`)).toHaveLength(1);
  });

  it('finds numbers in CSV rows next to commas and quotes', () => {
    const csv = `navn,cpr,alder\n"Anna",${hyphenated(number)},41\nBo;${number};40`;
    expect(detectCpr(csv).map((hit) => hit.line)).toEqual([2, 3]);
  });

  it('reports the line and column of each hit', () => {
    const text = `første linje\nanden: ${hyphenated(number)}`;
    const [hit] = detectCpr(text);
    expect(hit).toMatchObject({ line: 2, column: 8, offset: 20, length: 11, check: 'modulo-11' });
  });

  it('does not match phone numbers', () => {
    expect(detectCpr('Ring +45 12 34 56 78 eller 0045 1234 5678 eller 12345678')).toEqual([]);
    expect(detectCpr(`Tlf. +45${number}`)).toEqual([]);
  });

  it('does not match inside longer digit runs such as invoice numbers', () => {
    expect(detectCpr(`Faktura ${number}12`)).toEqual([]);
    expect(detectCpr(`Faktura 12${number}`)).toEqual([]);
    expect(detectCpr(`Konto 9${number}`)).toEqual([]);
    expect(detectCpr(`20240101${number}`)).toEqual([]);
  });

  it('does not match digit groups glued into a longer code', () => {
    expect(detectCpr(`Ordre 2024-${hyphenated(number)}`)).toEqual([]);
    expect(detectCpr(`Ordre ${hyphenated(number)}-55`)).toEqual([]);
    expect(detectCpr(`Version 1.${number}`)).toEqual([]);
    expect(detectCpr(`Kort 4571 ${number.slice(0, 6)} ${number.slice(6)} 5678`)).toEqual([]);
  });

  it('does not match a valid-looking date whose check fails', () => {
    expect(detectCpr(`Dato ${hyphenated(invalidNumber('150385', 1))}`)).toEqual([]);
  });

  it('masks every digit but the first two', () => {
    expect(maskCpr('150385')).toBe('15XXXX-XXXX');
    expect(detectCpr(hyphenated(number))[0]?.masked).toBe('15XXXX-XXXX');
  });

  it('never returns the number, its date or its serial in clear', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        (day, month, yy, seventh, serial, hyphen) => {
          const ddmmyy = [day, month, yy].map((n) => String(n).padStart(2, '0')).join('');
          const digits = withCheckDigit(`${ddmmyy}${seventh}${String(serial).padStart(2, '0')}`);
          if (!digits) return;
          const hits = detectCpr(`x ${hyphen ? hyphenated(digits) : digits} y`);
          expect(hits).toHaveLength(1);
          const json = JSON.stringify(hits);
          expect(json).not.toContain(digits);
          expect(json).not.toContain(ddmmyy);
          expect(json).not.toContain(digits.slice(6));
          expect(json).not.toContain(digits.slice(2, 6));
        },
      ),
    );
  });
});

describe('maskCprInText', () => {
  it('replaces each number by its masked form and leaves the rest alone', () => {
    const number = validNumber('150385', 1);
    expect(maskCprInText(`a ${hyphenated(number)} b ${number} c 12345678`)).toBe('a 15XXXX-XXXX b 15XXXX-XXXX c 12345678');
  });
});
