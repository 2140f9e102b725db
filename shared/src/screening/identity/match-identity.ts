import type { ScreeningInput } from '../ruleset-types.js';

// Finds what a blind review must hide: the company's name (also without its legal form), its
// CVR or foreign registration number, its e-mail domains and its team members' names.

export type Identity = ScreeningInput['identity'];
export type IdentityKind = 'company-name' | 'cvr' | 'registration-number' | 'email-domain' | 'member-name';

export interface IdentityMatch {
  kind: IdentityKind;
  offset: number;
  length: number;
}

// Legal forms stripped from the end of a company name, so "Nordlys Data" is found as well as
// "Nordlys Data ApS". Danish, Nordic, German, Dutch, French, British and US forms.
const LEGAL_SUFFIX =
  /[\s,]+(?:ApS|A\/S|IVS|P\/S|K\/S|I\/S|A\.m\.b\.a\.|AMBA|SMBA|GmbH|AG|KG|UG|AB|Oy|Oyj|AS|ASA|BV|B\.V\.|NV|N\.V\.|SAS|S\.A\.S\.|SA|S\.A\.|SARL|S\.à\.r\.l\.|SRL|S\.r\.l\.|SpA|S\.p\.A\.|Ltd\.?|Limited|LLC|LLP|Inc\.?|Corp\.?|PLC)$/iu;

// Addresses at these providers say nothing about the company; matching them would flag every
// unrelated Gmail address in the documents.
const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'mail.dk',
]);

const LETTER_OR_DIGIT = String.raw`[\p{L}\p{N}]`;
const MIN_TERM_CHARS = 3;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function phrasePattern(phrase: string): string | null {
  const words = phrase.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.join('').length < MIN_TERM_CHARS) return null;
  return `(?<!${LETTER_OR_DIGIT})${words.map(escapeRegExp).join(String.raw`\s+`)}(?!${LETTER_OR_DIGIT})`;
}

/** Digits that may be written grouped ("12 34 56 78", "1234-5678") or with a "DK" prefix. */
function digitsPattern(digits: string, allowDkPrefix: boolean): string {
  const body = [...digits].join(String.raw`[ \u00A0.\-]?`);
  const prefix = allowDkPrefix ? String.raw`(?:(?<!\p{L})DK[ \-]?)?` : '';
  return String.raw`(?<!\p{N})${prefix}${body}(?!\p{N})`;
}

export function stripLegalSuffix(companyName: string): string {
  return companyName.trim().replace(LEGAL_SUFFIX, '').trim();
}

interface Matcher {
  kind: IdentityKind;
  pattern: RegExp;
}

function buildMatchers(identity: Identity): Matcher[] {
  const matchers: Matcher[] = [];
  const add = (kind: IdentityKind, source: string | null) => {
    if (source) matchers.push({ kind, pattern: new RegExp(source, 'giu') });
  };
  const core = stripLegalSuffix(identity.companyName);
  add('company-name', phrasePattern(identity.companyName));
  if (core !== identity.companyName.trim()) add('company-name', phrasePattern(core));

  const cvrDigits = identity.cvr?.replace(/\D/g, '') ?? '';
  if (cvrDigits.length >= 6) add('cvr', digitsPattern(cvrDigits, true));

  const registration = identity.registrationNumber?.trim() ?? '';
  const registrationDigits = registration.replace(/[\s.\-/]/g, '');
  if (/^\d{5,}$/.test(registrationDigits)) add('registration-number', digitsPattern(registrationDigits, false));
  else if (registration.length >= 4) add('registration-number', phrasePattern(registration));

  for (const raw of identity.emailDomains) {
    const domain = raw.trim().toLowerCase().replace(/^@/, '');
    if (domain.length < 4 || !domain.includes('.') || PUBLIC_MAIL_DOMAINS.has(domain)) continue;
    // A subdomain ("mail.nordlys.dk") or an address ("anna@nordlys.dk") is a hit; "nordlys.dk.example" is not a domain end.
    add('email-domain', String.raw`(?<![\p{L}\p{N}_\-])${escapeRegExp(domain)}(?![\p{L}\p{N}_\-]|\.[\p{L}\p{N}])`);
  }
  for (const name of identity.memberNames) add('member-name', phrasePattern(name));
  return matchers;
}

const EMAIL_LOCAL_CHAR = /[A-Za-z0-9._%+-]/;

/** Widens an e-mail-domain hit to the whole address: the local part usually names a person. */
function widenToAddress(text: string, match: IdentityMatch): IdentityMatch {
  if (text[match.offset - 1] !== '@') return match;
  let start = match.offset - 1;
  while (start > 0 && EMAIL_LOCAL_CHAR.test(text[start - 1] as string)) start--;
  return start === match.offset - 1 ? match : { ...match, offset: start, length: match.offset + match.length - start };
}

/** Overlapping hits (the full company name and its core) become one range, the earliest kind kept. */
function mergeOverlaps(matches: IdentityMatch[]): IdentityMatch[] {
  const sorted = [...matches].sort((a, b) => a.offset - b.offset || b.length - a.length);
  const merged: IdentityMatch[] = [];
  for (const match of sorted) {
    const last = merged[merged.length - 1];
    if (last && match.offset < last.offset + last.length) {
      last.length = Math.max(last.length, match.offset + match.length - last.offset);
    } else {
      merged.push({ ...match });
    }
  }
  return merged;
}

/** Builds the patterns once; the returned function finds every hit in a text, sorted by offset. */
export function createIdentityMatcher(identity: Identity): (text: string) => IdentityMatch[] {
  const matchers = buildMatchers(identity);
  return (text) => {
    const matches: IdentityMatch[] = [];
    for (const { kind, pattern } of matchers) {
      for (const m of text.matchAll(pattern)) {
        const match = { kind, offset: m.index, length: m[0].length };
        matches.push(kind === 'email-domain' ? widenToAddress(text, match) : match);
      }
    }
    return mergeOverlaps(matches);
  };
}

export const REDACTED = '[redacted]';

/** Replaces every identity hit with "[redacted]", for showing an entry to blind-review jurors. */
export function redactIdentity(text: string, identity: Identity): string {
  const matches = createIdentityMatcher(identity)(text);
  let out = '';
  let cursor = 0;
  for (const { offset, length } of matches) {
    out += text.slice(cursor, offset) + REDACTED;
    cursor = offset + length;
  }
  return out + text.slice(cursor);
}
