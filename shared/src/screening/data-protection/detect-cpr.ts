import cprExceptionDates from './cpr-exception-dates.json' with { type: 'json' };
import { createPositionFinder } from './text-position.js';

// Danish CPR numbers (cpr.dk): DDMMYY-SSSS. A hit needs a real calendar date after century
// decoding and either the legacy modulo-11 check or one of the listed 1 January birth dates for
// which numbers without a check digit have been issued since 2007.

export type CprCheck = 'modulo-11' | 'listed-1-january-date';

export interface CprHit {
  /** Offset of the first digit in the text (UTF-16 code units). */
  offset: number;
  /** Length of the matched text, separator included. */
  length: number;
  line: number;
  column: number;
  /** Only the first two digits (the day) survive: "01XXXX-XXXX". */
  masked: string;
  check: CprCheck;
}

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;
const EXCEPTION_DATES = new Set<string>(cprExceptionDates.dates);

// Accepted separators between the date and the serial: none, a hyphen (also the typographic
// hyphens and the en dash that word processors substitute), or one space. A space is accepted
// because people type "010160 1234"; to keep space-grouped numbers (card and account numbers)
// out, a space-separated candidate must not sit next to another space-separated digit group.
const HYPHENS = '\\-\\u2010\\u2011\\u2012\\u2013';
const CANDIDATE = new RegExp(`(?<!\\d)(\\d{6})([${HYPHENS} ]?)(\\d{4})(?!\\d)`, 'g');
// A digit group glued on with one of these is part of a longer number ("2024-010160-1234-55").
const JOINERS = new RegExp(`[${HYPHENS}./]`);
const DIGIT = /\d/;

/** Full year of a CPR date from YY and the 7th digit, by the CPR office's table. */
export function decodeCprYear(yy: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + yy;
  if (seventhDigit === 4 || seventhDigit === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks ten digits (no separator). Returns which test they pass, or null if they are no CPR number. */
export function checkCprDigits(digits: string): CprCheck | null {
  if (!/^\d{10}$/.test(digits)) return null;
  const d = [...digits].map(Number);
  const day = (d[0] as number) * 10 + (d[1] as number);
  const month = (d[2] as number) * 10 + (d[3] as number);
  const year = decodeCprYear((d[4] as number) * 10 + (d[5] as number), d[6] as number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * (d[i] as number), 0);
  if (sum % 11 === 0) return 'modulo-11';
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return EXCEPTION_DATES.has(iso) ? 'listed-1-january-date' : null;
}

/** The masked form shown in reports; keeps only the day so a reader can find the spot. */
export function maskCpr(digits: string): string {
  return `${digits.slice(0, 2)}XXXX-XXXX`;
}

function gluedToDigits(text: string, joinerAt: number, digitAt: number): boolean {
  const joiner = text[joinerAt];
  const digit = text[digitAt];
  return joiner !== undefined && digit !== undefined && JOINERS.test(joiner) && DIGIT.test(digit);
}

function spaceGrouped(text: string, spaceAt: number, digitAt: number): boolean {
  const digit = text[digitAt];
  return text[spaceAt] === ' ' && digit !== undefined && DIGIT.test(digit);
}

export function detectCpr(text: string): CprHit[] {
  const hits: CprHit[] = [];
  let positionOf: ReturnType<typeof createPositionFinder> | undefined;
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, date = '', separator = '', serial = ''] = match;
    const start = match.index;
    const end = start + whole.length;
    if (gluedToDigits(text, start - 1, start - 2) || gluedToDigits(text, end, end + 1)) continue;
    if (separator === ' ' && (spaceGrouped(text, start - 1, start - 2) || spaceGrouped(text, end, end + 1))) continue;
    const check = checkCprDigits(date + serial);
    if (!check) continue;
    positionOf ??= createPositionFinder(text);
    hits.push({ offset: start, length: whole.length, ...positionOf(start), masked: maskCpr(date), check });
  }
  return hits;
}

/** The text with every CPR number replaced by its masked form. */
export function maskCprInText(text: string): string {
  const hits = detectCpr(text);
  if (hits.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const hit of hits) {
    out += text.slice(cursor, hit.offset) + hit.masked;
    cursor = hit.offset + hit.length;
  }
  return out + text.slice(cursor);
}
