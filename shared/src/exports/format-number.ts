import type { Locale } from '../common/localised.js';

// "1.5e-7" → "0.00000015", "1e+21" → "1000000000000000000000": same digits, no exponent.
function expandExponent(text: string): string {
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', lead = '', fraction = '', exponent = '0'] = match;
  const digits = lead + fraction;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A number as text without grouping: the shortest form that reads back as the same number
 * (or exactly `decimals` decimals), with the given decimal mark. Never exponent notation.
 */
export function formatPlainNumber(value: number, decimalMark: '.' | ',', decimals?: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}`);
  // The common case, a whole number below 1e21: its plain decimal digits (String(-0) is "0").
  if (decimals === undefined && Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  let text = expandExponent(decimals === undefined ? String(value) : value.toFixed(decimals));
  // Neither -0 nor a negative value that rounds to zero should print with a minus sign.
  if (text.startsWith('-') && Number(text) === 0) text = text.slice(1);
  return decimalMark === ',' ? text.replace('.', ',') : text;
}

export function formatNumberFor(locale: Locale, value: number, decimals?: number): string {
  return formatPlainNumber(value, locale === 'da' ? ',' : '.', decimals);
}
