import type { Localised } from '../../common/localised.js';
import { defineRule } from '../define-rule.js';
import { checkSecurityTxt, parseSecurityTxt, type SecurityTxtStatus } from './parse-security-txt.js';

const STATUS_TEXTS: Record<Exclude<SecurityTxtStatus, 'valid'>, Localised> = {
  invalid: {
    da: 'security.txt følger ikke RFC 9116 (se problemerne i dokumentationen).',
    en: 'The security.txt does not follow RFC 9116 (see the problems in the evidence).',
  },
  expired: {
    da: 'security.txt er udløbet og skal derfor ignoreres (RFC 9116 afsnit 2.5.5).',
    en: 'The security.txt has expired and is therefore to be ignored (RFC 9116 section 2.5.5).',
  },
  'expires-too-far': {
    da: 'Expires i security.txt ligger et år eller mere ude i fremtiden; RFC 9116 anbefaler under et år.',
    en: 'The security.txt Expires is a year or more ahead; RFC 9116 recommends less than a year.',
  },
};

// Only judged when the vendor provides one; the disclosure-contact rule covers the requirement.
export const securityTxtRule = defineRule(
  {
    id: 'security.security-txt',
    area: 'security',
    severity: 'minor',
    title: { da: 'security.txt (RFC 9116)', en: 'security.txt (RFC 9116)' },
    reference: 'RFC 9116',
  },
  ({ declaration, asOf }, finding) => {
    if (!declaration.securityTxt?.trim()) {
      return [
        finding({
          outcome: 'pass',
          severity: 'info',
          evidence: { provided: false },
          explanation: {
            da: 'Der er ikke angivet nogen security.txt; den er ikke påkrævet.',
            en: 'No security.txt was provided; it is not required.',
          },
        }),
      ];
    }
    const check = checkSecurityTxt(parseSecurityTxt(declaration.securityTxt), asOf);
    const { parsed } = check;
    const evidence = {
      provided: true,
      status: check.status,
      contacts: parsed.fields.contact.length,
      expires: parsed.expires,
      signed: parsed.signed,
      problems: parsed.problems.map((p) => ({ ...p })),
    };
    if (check.status === 'valid') {
      return [
        finding({
          outcome: 'pass',
          evidence,
          explanation: {
            da: `security.txt er gyldig med ${evidence.contacts} kontakt(er) og udløber ${parsed.expires}.`,
            en: `The security.txt is valid with ${evidence.contacts} contact(s) and expires ${parsed.expires}.`,
          },
        }),
      ];
    }
    return [finding({ outcome: 'warn', evidence, explanation: STATUS_TEXTS[check.status] })];
  },
);
