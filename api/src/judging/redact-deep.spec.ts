import { describe, expect, it } from 'vitest';
import { REDACTED, entryIdentity, identityRedactor } from './redact-deep.js';

const identity = {
  companyName: 'Nordlys Data ApS',
  cvr: '12345674',
  emailDomains: ['nordlys.dk'],
  memberNames: ['Sofie Startup'],
};

describe('identityRedactor', () => {
  const redact = identityRedactor(identity);

  it('removes the name, CVR, members and addresses from every string however deep', () => {
    const view = {
      title: 'The Nordlys Data assistant',
      nested: { list: ['Made by Nordlys Data ApS (CVR 12 34 56 74)', { contact: 'sofie@nordlys.dk', lead: 'Sofie Startup' }] },
      count: 3,
      flag: true,
      nothing: null,
    };
    const out = redact(view);
    const text = JSON.stringify(out);
    for (const secret of ['Nordlys Data', '12 34 56 74', 'nordlys.dk', 'Sofie']) expect(text).not.toContain(secret);
    expect(out.nested.list[0]).toBe(`Made by ${REDACTED} (CVR ${REDACTED})`);
    expect(out.title).toBe(`The ${REDACTED} assistant`);
    expect(out.count).toBe(3);
    expect(out.flag).toBe(true);
    expect(out.nothing).toBeNull();
  });

  it('keeps object keys and leaves the input untouched', () => {
    const input = { 'Nordlys Data': 'Nordlys Data' };
    const out = redact(input);
    expect(out).toEqual({ 'Nordlys Data': REDACTED });
    expect(input['Nordlys Data']).toBe('Nordlys Data');
  });

  it('redacts a number that spells the CVR but no other number', () => {
    expect(redact({ cvr: 12345674, price: 450000 })).toEqual({ cvr: REDACTED, price: 450000 });
  });

  it('leaves text without the identity exactly as it was', () => {
    const text = 'A language model hosted in the EU, with case workers in control.';
    expect(redact(text)).toBe(text);
  });
});

describe('entryIdentity', () => {
  it('adds the team the entry lists to the company identity', () => {
    const merged = entryIdentity(identity, { solution: { teamMembers: [{ name: 'Bo Builder', email: 'bo@nordlys-labs.dk', role: 'CTO' }, { role: 'Designer' }] } });
    expect(merged.memberNames).toEqual(['Bo Builder', 'Sofie Startup']);
    expect(merged.emailDomains).toEqual(['nordlys-labs.dk', 'nordlys.dk']);
    expect(identityRedactor(merged)('Bo Builder wrote to x@nordlys-labs.dk')).toBe(`${REDACTED} wrote to ${REDACTED}`);
  });

  it('copes with content that has no team at all', () => {
    expect(entryIdentity(identity, null)).toEqual({ ...identity, memberNames: ['Sofie Startup'], emailDomains: ['nordlys.dk'] });
    expect(entryIdentity(identity, { solution: { teamMembers: 'nobody' } }).memberNames).toEqual(['Sofie Startup']);
  });
});
