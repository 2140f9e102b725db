import { describe, expect, it } from 'vitest';
import { createIdentityMatcher, redactIdentity, stripLegalSuffix, type Identity } from './match-identity.js';

const IDENTITY: Identity = {
  companyName: 'Nordlys Data ApS',
  cvr: '12345674',
  registrationNumber: 'HRB 123456 B',
  emailDomains: ['nordlys.dk', 'gmail.com'],
  memberNames: ['Anna Holm', 'Søren Ærø'],
};
const kindsIn = (text: string, identity: Identity = IDENTITY) => createIdentityMatcher(identity)(text).map((m) => m.kind);

describe('stripLegalSuffix', () => {
  it('removes the legal form of several countries', () => {
    expect(stripLegalSuffix('Nordlys Data ApS')).toBe('Nordlys Data');
    expect(stripLegalSuffix('Fjord A/S')).toBe('Fjord');
    expect(stripLegalSuffix('Berg GmbH')).toBe('Berg');
    expect(stripLegalSuffix('Skog AB')).toBe('Skog');
    expect(stripLegalSuffix('Järvi Oy')).toBe('Järvi');
    expect(stripLegalSuffix('Polder B.V.')).toBe('Polder');
    expect(stripLegalSuffix('Brume SAS')).toBe('Brume');
    expect(stripLegalSuffix('Thames Software Ltd.')).toBe('Thames Software');
    expect(stripLegalSuffix('Acme, Inc.')).toBe('Acme');
  });
});

describe('createIdentityMatcher', () => {
  it('finds the company name case-insensitively, with or without its legal form', () => {
    expect(kindsIn('Om NORDLYS DATA ApS og nordlys data')).toEqual(['company-name', 'company-name']);
    expect(kindsIn('Nordlys\n  Data leverer')).toEqual(['company-name']);
  });

  it('respects word boundaries', () => {
    expect(kindsIn('Nordlys Databaser og SuperNordlys Data')).toEqual([]);
  });

  it('finds the CVR number grouped, prefixed or plain, but not inside longer numbers', () => {
    expect(kindsIn('CVR 12345674, DK12345674, DK-12 34 56 74, 1234 5674')).toEqual(['cvr', 'cvr', 'cvr', 'cvr']);
    expect(kindsIn('Faktura 9123456740')).toEqual([]);
  });

  it('finds a foreign registration number', () => {
    expect(kindsIn('Handelsregister: HRB 123456 B')).toEqual(['registration-number']);
  });

  it('finds e-mail domains in addresses, subdomains and links, and covers the whole address', () => {
    const text = 'Skriv til anna.holm@nordlys.dk eller se https://www.nordlys.dk/om';
    const matches = createIdentityMatcher({ ...IDENTITY, memberNames: [] })(text);
    expect(matches.map((m) => text.slice(m.offset, m.offset + m.length))).toEqual(['anna.holm@nordlys.dk', 'nordlys.dk']);
    expect(kindsIn('nordlys.dk.example.com og minnordlys.dk')).toEqual([]);
  });

  it('ignores public mail providers in the domain list', () => {
    expect(kindsIn('kontakt: someone@gmail.com')).toEqual([]);
  });

  it("finds team members' full names, including Danish letters in any case", () => {
    expect(kindsIn('Udviklet af anna holm og SØREN ÆRØ.')).toEqual(['member-name', 'member-name']);
    expect(kindsIn('Anna Holmberg')).toEqual([]);
  });

  it('merges overlapping hits into one range', () => {
    const text = 'Nordlys Data ApS';
    expect(createIdentityMatcher(IDENTITY)(text)).toEqual([{ kind: 'company-name', offset: 0, length: text.length }]);
  });

  it('treats regular-expression characters in names literally', () => {
    expect(kindsIn('Data+ (Nord) ApS!', { ...IDENTITY, companyName: 'Data+ (Nord) ApS' })).toEqual(['company-name']);
    expect(kindsIn('Dataa (Nord)', { ...IDENTITY, companyName: 'Data+ (Nord) ApS' })).toEqual([]);
  });
});

describe('redactIdentity', () => {
  it('replaces every hit and leaves the rest alone', () => {
    const text = 'Nordlys Data ApS (CVR 12345674) ved Anna Holm, anna@nordlys.dk. Løsningen er god.';
    expect(redactIdentity(text, IDENTITY)).toBe('[redacted] (CVR [redacted]) ved [redacted], [redacted]. Løsningen er god.');
  });
});
