// Counts e-mail addresses and phone numbers in a text. A pitch deck with a few contacts is
// normal; a document with dozens is likely a customer list or an export with real people's data.

export interface ContactDataCounts {
  /** Distinct e-mail addresses (case-insensitive). */
  emails: number;
  /** Distinct phone numbers (a Danish number written with or without +45 counts once). */
  phones: number;
}

export interface ContactDataThresholds {
  emails: number;
  phones: number;
}

/** At or above either count, one document holds "many" contacts. */
export const CONTACT_DATA_THRESHOLDS: ContactDataThresholds = { emails: 20, phones: 20 };

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

// Phone shapes, longest first so a "+45 12 34 56 78" is counted once, not also as "12 34 56 78":
// - international: "+" (or "00" before 45) then 7–14 more digits, optionally grouped;
// - Danish, grouped: "12 34 56 78", "12-34-56-78", "12.34.56.78" or "1234 5678" (Danish
//   numbers never start with 0 or 1);
// - Danish, ungrouped 8 digits only after a label ("tlf. 12345678"), since bare 8-digit numbers
//   are as often CVR numbers, dates or amounts.
const PHONE = new RegExp(
  [
    String.raw`(?<![\w+])(?:\+|00(?=45))\d(?:[ .\-]?\(?\d\)?){6,14}(?![\d])`,
    String.raw`(?<!\d[ .\-]?)[2-9]\d([ .\-])\d{2}\1\d{2}\1\d{2}(?![ .\-]?\d)`,
    String.raw`(?<!\d[ .\-]?)[2-9]\d{3} \d{4}(?![ .\-]?\d)`,
    String.raw`(?<=\b(?:tlf|tel|telefon|phone|mobil|mobile|mob|cell)\.?:?\s*(?:nr\.?\s*)?)[2-9]\d{7}(?!\d)`,
  ].join('|'),
  'gi',
);

function normalisePhone(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  const international = raw.startsWith('+') || raw.startsWith('00');
  const withoutPrefix = raw.startsWith('00') ? digits.slice(2) : digits;
  if (international && withoutPrefix.startsWith('45') && withoutPrefix.length === 10) return withoutPrefix.slice(2);
  return international ? `+${withoutPrefix}` : withoutPrefix;
}

export function countContactData(text: string): ContactDataCounts {
  return { emails: distinctEmails(text).size, phones: distinctPhones(text).size };
}

/** The distinct e-mail addresses, lower-cased; used to add counts up over a document's parts. */
export function distinctEmails(text: string): Set<string> {
  return new Set([...text.matchAll(EMAIL)].map((m) => m[0].toLowerCase()));
}

/** The distinct phone numbers, normalised (Danish numbers without +45). */
export function distinctPhones(text: string): Set<string> {
  const phones = new Set<string>();
  for (const match of text.matchAll(PHONE)) {
    const normalised = normalisePhone(match[0]);
    const digitCount = normalised.replace(/\D/g, '').length;
    // E.164 numbers have at most 15 digits; fewer than 8 is no full number.
    if (digitCount >= 8 && digitCount <= 15) phones.add(normalised);
  }
  return phones;
}

export function exceedsContactThresholds(counts: ContactDataCounts, thresholds = CONTACT_DATA_THRESHOLDS): boolean {
  return counts.emails >= thresholds.emails || counts.phones >= thresholds.phones;
}
