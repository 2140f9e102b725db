import { describe, expect, it } from 'vitest';
import { checkSecurityTxt, parseRfc3339, parseSecurityTxt } from './parse-security-txt.js';

const AS_OF = '2026-11-27T12:00:00Z';
const GOOD = [
  '# Our security policy',
  'Contact: mailto:security@example.dk',
  'Contact: https://example.dk/security',
  'Expires: 2027-06-30T23:59:59Z',
  'Encryption: https://example.dk/pgp-key.txt',
  'Preferred-Languages: da, en',
  'Canonical: https://example.dk/.well-known/security.txt',
  'Policy: https://example.dk/disclosure',
  'Hiring: https://example.dk/jobs',
  'Acknowledgments: https://example.dk/hall-of-fame',
].join('\n');

describe('parseSecurityTxt', () => {
  it('reads every field RFC 9116 defines', () => {
    const parsed = parseSecurityTxt(GOOD);
    expect(parsed.problems).toEqual([]);
    expect(parsed.fields.contact).toEqual(['mailto:security@example.dk', 'https://example.dk/security']);
    expect(parsed.expires).toBe('2027-06-30T23:59:59Z');
    expect(parsed.fields.preferredLanguages).toEqual(['da', 'en']);
    expect(parsed.fields.encryption).toHaveLength(1);
    expect(parsed.fields.acknowledgments).toHaveLength(1);
    expect(parsed.fields.canonical).toHaveLength(1);
    expect(parsed.fields.policy).toHaveLength(1);
    expect(parsed.fields.hiring).toHaveLength(1);
    expect(parsed.signed).toBe(false);
  });

  it('treats field names case-insensitively, accepts CRLF and ignores unknown fields', () => {
    const parsed = parseSecurityTxt('CONTACT: tel:+4512345678\r\nexpires: 2027-01-01T00:00:00+01:00\r\nX-Extra: yes\r\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.fields.contact).toEqual(['tel:+4512345678']);
    expect(parsed.unknownFields).toEqual(['x-extra']);
  });

  it('requires Contact and Expires', () => {
    expect(parseSecurityTxt('# nothing here\n').problems.map((p) => p.code)).toEqual(['missing-contact', 'missing-expires']);
  });

  it('rejects a second Expires and a malformed one', () => {
    const twice = parseSecurityTxt('Contact: mailto:a@b.dk\nExpires: 2027-01-01T00:00:00Z\nExpires: 2027-02-01T00:00:00Z\n');
    expect(twice.problems).toEqual([{ code: 'multiple-expires', line: 3, field: 'expires' }]);
    expect(twice.expires).toBeNull();
    const malformed = parseSecurityTxt('Contact: mailto:a@b.dk\nExpires: 31-12-2027\n');
    expect(malformed.problems).toEqual([{ code: 'invalid-expires', line: 2, field: 'expires' }]);
    expect(parseSecurityTxt('Contact: mailto:a@b.dk\nExpires: 2027-02-30T00:00:00Z').problems[0]?.code).toBe('invalid-expires');
  });

  it('reports contacts that are not URIs or use plain http, and lines that are not fields', () => {
    const parsed = parseSecurityTxt('Contact: security@example.dk\nContact: http://example.dk/sec\nthis is prose\nExpires: 2027-01-01T00:00:00Z');
    expect(parsed.problems).toEqual([
      { code: 'invalid-uri', line: 1, field: 'contact' },
      { code: 'insecure-uri', line: 2, field: 'contact' },
      { code: 'invalid-line', line: 3 },
    ]);
  });

  it('allows Preferred-Languages only once', () => {
    const parsed = parseSecurityTxt('Contact: mailto:a@b.dk\nExpires: 2027-01-01T00:00:00Z\nPreferred-Languages: da\nPreferred-Languages: en');
    expect(parsed.problems).toEqual([{ code: 'multiple-preferred-languages', line: 4, field: 'preferred-languages' }]);
  });

  it('strips an OpenPGP cleartext signature and keeps line numbers of the original', () => {
    const signed = [
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA512',
      '',
      'Contact: mailto:security@example.dk',
      '- Expires: 2027-01-01T00:00:00Z',
      'bad line',
      '-----BEGIN PGP SIGNATURE-----',
      '',
      'iQIzBAEBCgAdFiEE...',
      '-----END PGP SIGNATURE-----',
    ].join('\n');
    const parsed = parseSecurityTxt(signed);
    expect(parsed.signed).toBe(true);
    expect(parsed.expires).toBe('2027-01-01T00:00:00Z');
    expect(parsed.problems).toEqual([{ code: 'invalid-line', line: 6 }]);
  });

  it('reports a signed message without its signature block', () => {
    const parsed = parseSecurityTxt('-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nContact: mailto:a@b.dk\nExpires: 2027-01-01T00:00:00Z\n');
    expect(parsed.problems).toEqual([{ code: 'unterminated-signature', line: null }]);
  });
});

describe('parseRfc3339', () => {
  it('accepts offsets and fractions and rejects dates only', () => {
    expect(parseRfc3339('2027-01-01T01:00:00+01:00')).toBe(Date.UTC(2027, 0, 1));
    expect(parseRfc3339('2027-01-01T00:00:00.5Z')).toBe(Date.UTC(2027, 0, 1) + 500);
    expect(parseRfc3339('2027-01-01')).toBeNull();
    expect(parseRfc3339('2027-01-01T24:00:00Z')).toBeNull();
  });
});

describe('checkSecurityTxt', () => {
  it('accepts a file that expires within the coming year', () => {
    expect(checkSecurityTxt(parseSecurityTxt(GOOD), AS_OF)).toMatchObject({ status: 'valid', usable: true });
  });

  it('treats an expired file as absent', () => {
    const old = parseSecurityTxt('Contact: mailto:a@b.dk\nExpires: 2026-11-27T11:59:59Z');
    expect(checkSecurityTxt(old, AS_OF)).toMatchObject({ status: 'expired', usable: false });
  });

  it('reports an Expires a year or more ahead', () => {
    const far = parseSecurityTxt('Contact: mailto:a@b.dk\nExpires: 2027-11-27T12:00:00Z');
    expect(checkSecurityTxt(far, AS_OF).status).toBe('expires-too-far');
    const justInside = parseSecurityTxt('Contact: mailto:a@b.dk\nExpires: 2027-11-27T11:59:59Z');
    expect(checkSecurityTxt(justInside, AS_OF).status).toBe('valid');
  });

  it('calls a file with problems invalid but keeps its contacts usable', () => {
    const noExpires = parseSecurityTxt('Contact: mailto:a@b.dk');
    expect(checkSecurityTxt(noExpires, AS_OF)).toMatchObject({ status: 'invalid', usable: true });
  });
});
