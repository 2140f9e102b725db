// security.txt (RFC 9116): "Field-Name: value" lines, "#" comments, optionally wrapped in an
// OpenPGP cleartext signature. Contact (one or more) and Expires (exactly one) are required.

export interface SecurityTxtFields {
  contact: string[];
  expires: string[];
  encryption: string[];
  acknowledgments: string[];
  preferredLanguages: string[];
  canonical: string[];
  policy: string[];
  hiring: string[];
}

export type SecurityTxtProblemCode =
  | 'invalid-line'
  | 'empty-value'
  | 'missing-contact'
  | 'missing-expires'
  | 'multiple-expires'
  | 'invalid-expires'
  | 'multiple-preferred-languages'
  | 'invalid-uri'
  | 'insecure-uri'
  | 'unterminated-signature';

export interface SecurityTxtProblem {
  code: SecurityTxtProblemCode;
  /** 1-based line in the text as given (signature wrapper included); null for whole-file problems. */
  line: number | null;
  field?: string;
}

export interface ParsedSecurityTxt {
  fields: SecurityTxtFields;
  /** The single, well-formed Expires value, or null. */
  expires: string | null;
  /** Field names RFC 9116 does not define; they are ignored, as the RFC requires. */
  unknownFields: string[];
  signed: boolean;
  problems: SecurityTxtProblem[];
}

const FIELD_KEYS: Record<string, keyof SecurityTxtFields> = {
  contact: 'contact',
  expires: 'expires',
  encryption: 'encryption',
  acknowledgments: 'acknowledgments',
  'preferred-languages': 'preferredLanguages',
  canonical: 'canonical',
  policy: 'policy',
  hiring: 'hiring',
};
const URI_FIELDS = new Set<keyof SecurityTxtFields>(['contact', 'encryption', 'acknowledgments', 'canonical', 'policy', 'hiring']);

const FIELD_LINE = /^([A-Za-z0-9-]+):[ \t]*(.*)$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

/** RFC 3339 date-time with real calendar values (Date.parse alone accepts 30 February). */
export function parseRfc3339(value: string): number | null {
  const m = RFC3339.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as number[];
  const daysInMonth = new Date(Date.UTC(year as number, month as number, 0)).getUTCDate();
  const validOffset = m[9] === undefined || (Number(m[9]) < 24 && Number(m[10]) < 60);
  if ((month as number) < 1 || (month as number) > 12 || (day as number) < 1 || (day as number) > daysInMonth) return null;
  if ((hour as number) > 23 || (minute as number) > 59 || (second as number) > 60 || !validOffset) return null;
  const time = Date.parse(value.toUpperCase());
  return Number.isFinite(time) ? time : null;
}

interface NumberedLine {
  line: number;
  text: string;
}

// Strips the OpenPGP cleartext wrapper (RFC 4880 §7): armour header, "Hash:" lines up to the
// first blank line, dash-escaped lines ("- " prefix) and the signature block. The signature itself
// is not verified; the screening only needs the content.
function unwrapSignature(lines: NumberedLine[]): { content: NumberedLine[]; signed: boolean; unterminated: boolean } {
  const begin = lines.findIndex((l) => l.text.trim() !== '');
  if (begin < 0 || lines[begin]?.text.trim() !== '-----BEGIN PGP SIGNED MESSAGE-----') {
    return { content: lines, signed: false, unterminated: false };
  }
  let i = begin + 1;
  while (i < lines.length && lines[i]?.text.trim() !== '') i++;
  const bodyStart = i + 1;
  const signatureAt = lines.findIndex((l, index) => index >= bodyStart && l.text.trim() === '-----BEGIN PGP SIGNATURE-----');
  const body = lines.slice(bodyStart, signatureAt < 0 ? lines.length : signatureAt);
  return {
    content: body.map((l) => ({ line: l.line, text: l.text.startsWith('- ') ? l.text.slice(2) : l.text })),
    signed: true,
    unterminated: signatureAt < 0,
  };
}

export function parseSecurityTxt(text: string): ParsedSecurityTxt {
  const numbered = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .map((line, index) => ({ line: index + 1, text: line.replace(/[ \t]+$/, '') }));
  const { content, signed, unterminated } = unwrapSignature(numbered);
  const fields: SecurityTxtFields = {
    contact: [],
    expires: [],
    encryption: [],
    acknowledgments: [],
    preferredLanguages: [],
    canonical: [],
    policy: [],
    hiring: [],
  };
  const unknownFields = new Set<string>();
  const problems: SecurityTxtProblem[] = unterminated ? [{ code: 'unterminated-signature', line: null }] : [];
  let languagesSeen = 0;

  for (const { line, text: raw } of content) {
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const match = FIELD_LINE.exec(raw);
    if (!match) {
      problems.push({ code: 'invalid-line', line });
      continue;
    }
    const name = (match[1] as string).toLowerCase();
    const value = (match[2] as string).trim();
    const key = FIELD_KEYS[name];
    if (!key) {
      unknownFields.add(name);
      continue;
    }
    if (value === '') {
      problems.push({ code: 'empty-value', line, field: name });
      continue;
    }
    if (key === 'preferredLanguages') {
      if (++languagesSeen > 1) problems.push({ code: 'multiple-preferred-languages', line, field: name });
      fields.preferredLanguages.push(...value.split(',').map((tag) => tag.trim()).filter(Boolean));
      continue;
    }
    if (key === 'expires') {
      if (fields.expires.length >= 1) problems.push({ code: 'multiple-expires', line, field: name });
      if (parseRfc3339(value) === null) problems.push({ code: 'invalid-expires', line, field: name });
    }
    if (URI_FIELDS.has(key)) {
      if (!URI.test(value)) problems.push({ code: 'invalid-uri', line, field: name });
      else if (/^http:/i.test(value)) problems.push({ code: 'insecure-uri', line, field: name });
    }
    fields[key].push(value);
  }

  if (fields.contact.length === 0) problems.push({ code: 'missing-contact', line: null });
  if (fields.expires.length === 0) problems.push({ code: 'missing-expires', line: null });
  const onlyExpires = fields.expires.length === 1 ? (fields.expires[0] as string) : null;
  return {
    fields,
    expires: onlyExpires !== null && parseRfc3339(onlyExpires) !== null ? onlyExpires : null,
    unknownFields: [...unknownFields],
    signed,
    problems: problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity)),
  };
}

export type SecurityTxtStatus = 'valid' | 'invalid' | 'expired' | 'expires-too-far';

export interface SecurityTxtCheck {
  status: SecurityTxtStatus;
  /** False when the file must be treated as absent (expired) or gives no way to report (no Contact). */
  usable: boolean;
  parsed: ParsedSecurityTxt;
}

/** Judges a parsed file at a moment: expired files are ignored (RFC 9116 §2.5.5); an Expires
 *  a year or more ahead is allowed by the RFC but discouraged, so it is reported. */
export function checkSecurityTxt(parsed: ParsedSecurityTxt, asOf: string): SecurityTxtCheck {
  const now = Date.parse(asOf);
  if (!Number.isFinite(now)) throw new RangeError(`not an ISO 8601 instant: ${asOf}`);
  const expires = parsed.expires === null ? null : parseRfc3339(parsed.expires);
  if (expires !== null && expires <= now) return { status: 'expired', usable: false, parsed };
  const hasContact = parsed.fields.contact.length > 0;
  if (parsed.problems.length > 0 || expires === null) return { status: 'invalid', usable: hasContact, parsed };
  const yearAhead = new Date(now);
  yearAhead.setUTCFullYear(yearAhead.getUTCFullYear() + 1);
  if (expires >= yearAhead.getTime()) return { status: 'expires-too-far', usable: true, parsed };
  return { status: 'valid', usable: true, parsed };
}
