import { defineRule } from '../define-rule.js';
import type { ScreeningContext } from '../ruleset-types.js';
import { CONTACT_DATA_THRESHOLDS, distinctEmails, distinctPhones, exceedsContactThresholds } from './detect-contact-data.js';

export interface ContactDataSource {
  source: 'document' | 'fields';
  attachmentId?: string;
  fileName?: string;
  emails: number;
  phones: number;
}

/** Distinct contacts per document (all its parts together) and for all entry fields together. */
export function countContactsPerSource(context: Pick<ScreeningContext, 'fields' | 'texts'>): ContactDataSource[] {
  const perDocument = new Map<string, { fileName: string; emails: Set<string>; phones: Set<string> }>();
  for (const { attachmentId, fileName, text } of context.texts) {
    const entry = perDocument.get(attachmentId) ?? { fileName, emails: new Set<string>(), phones: new Set<string>() };
    for (const email of distinctEmails(text)) entry.emails.add(email);
    for (const phone of distinctPhones(text)) entry.phones.add(phone);
    perDocument.set(attachmentId, entry);
  }
  const allFields = Object.values(context.fields).join('\n');
  return [
    { source: 'fields', emails: distinctEmails(allFields).size, phones: distinctPhones(allFields).size },
    ...[...perDocument].map(([attachmentId, { fileName, emails, phones }]) => ({
      source: 'document' as const,
      attachmentId,
      fileName,
      emails: emails.size,
      phones: phones.size,
    })),
  ];
}

export const contactDataRule = defineRule(
  {
    id: 'data-protection.contact-data',
    area: 'data-protection',
    severity: 'major',
    title: { da: 'Mange kontaktoplysninger i ét dokument', en: 'Many contact details in one document' },
    reference: 'GDPR Art. 5(1)(c), Art. 6',
  },
  (context, finding) => {
    const sources = countContactsPerSource(context);
    const flagged = sources.filter((s) => exceedsContactThresholds(s));
    const evidence = {
      thresholdEmails: CONTACT_DATA_THRESHOLDS.emails,
      thresholdPhones: CONTACT_DATA_THRESHOLDS.phones,
      flagged: flagged.map((s) => ({ ...s })),
    };
    if (flagged.length === 0) {
      return [
        finding({
          outcome: 'pass',
          evidence,
          explanation: {
            da: 'Ingen dokumenter indeholder påfaldende mange e-mailadresser eller telefonnumre.',
            en: 'No document holds a conspicuous number of e-mail addresses or phone numbers.',
          },
        }),
      ];
    }
    const names = flagged.map((s) => s.fileName ?? 'felter/fields').join(', ');
    return [
      finding({
        outcome: 'warn',
        evidence,
        explanation: {
          da: `Mange e-mailadresser eller telefonnumre i: ${names}. Det kan være personoplysninger om andre (fx en kundeliste); fjern dem, hvis de ikke er nødvendige.`,
          en: `Many e-mail addresses or phone numbers in: ${names}. They may be other people's personal data (e.g. a customer list); remove them unless they are needed.`,
        },
      }),
    ];
  },
);
