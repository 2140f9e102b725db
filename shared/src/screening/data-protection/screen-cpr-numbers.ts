import { defineRule } from '../define-rule.js';
import type { ScreeningContext } from '../ruleset-types.js';
import { detectCpr, maskCprInText } from './detect-cpr.js';

/** Evidence lists at most this many places; the total count is always given. */
export const MAX_LISTED_LOCATIONS = 100;

export interface CprLocation {
  source: 'document' | 'field' | 'file-name';
  /** Field path for entry fields; attachment id, file name (itself masked) and part for documents. */
  field?: string;
  attachmentId?: string;
  fileName?: string;
  part?: string;
  line: number;
  column: number;
  masked: string;
}

export function findCprLocations(context: Pick<ScreeningContext, 'fields' | 'texts' | 'documents'>): CprLocation[] {
  const locations: CprLocation[] = [];
  for (const [field, text] of Object.entries(context.fields)) {
    for (const hit of detectCpr(text)) {
      locations.push({ source: 'field', field, line: hit.line, column: hit.column, masked: hit.masked });
    }
  }
  // A file named after a person ("150385-1234 CV.pdf") leaks the number as surely as its content.
  for (const { attachmentId, fileName } of context.documents) {
    for (const hit of detectCpr(fileName)) {
      locations.push({ source: 'file-name', attachmentId, fileName: maskCprInText(fileName), line: hit.line, column: hit.column, masked: hit.masked });
    }
  }
  for (const { attachmentId, fileName, part, text } of context.texts) {
    for (const hit of detectCpr(text)) {
      locations.push({
        source: 'document',
        attachmentId,
        fileName: maskCprInText(fileName),
        part: maskCprInText(part),
        line: hit.line,
        column: hit.column,
        masked: hit.masked,
      });
    }
  }
  return locations;
}

// Publishing a CPR number without consent is forbidden (databeskyttelsesloven § 11(3)); an entry
// is shown to jurors and may be published, so a real number anywhere in it blocks the entry until
// it is removed. Only masked numbers ever reach the report.
export const cprNumbersRule = defineRule(
  {
    id: 'data-protection.cpr-numbers',
    area: 'data-protection',
    severity: 'blocker',
    title: { da: 'Personnumre (CPR) i dokumenter og felter', en: 'Personal ID numbers (CPR) in documents and fields' },
    reference: 'databeskyttelsesloven § 11(3); GDPR Art. 87',
  },
  (context, finding) => {
    const locations = findCprLocations(context);
    const scanned = { textsScanned: context.texts.length, fieldsScanned: Object.keys(context.fields).length };
    if (locations.length === 0) {
      return [
        finding({
          outcome: 'pass',
          evidence: { ...scanned, hits: 0 },
          explanation: {
            da: 'Der er ikke fundet personnumre (CPR) i dokumenterne eller felterne.',
            en: 'No personal ID numbers (CPR) were found in the documents or fields.',
          },
        }),
      ];
    }
    const files = [...new Set(locations.map((l) => l.fileName ?? `field ${l.field}`))];
    return [
      finding({
        outcome: 'fail',
        evidence: {
          ...scanned,
          hits: locations.length,
          listed: Math.min(locations.length, MAX_LISTED_LOCATIONS),
          locations: locations.slice(0, MAX_LISTED_LOCATIONS).map((l) => ({ ...l })),
        },
        explanation: {
          da: `Rigtige personnumre i dokumenterne: ${locations.length} gyldige CPR-numre fundet (${files.join(', ')}). CPR-numre må ikke offentliggøres uden samtykke; fjern dem og indsend igen.`,
          en: `Real personal ID numbers in the documents: ${locations.length} valid CPR numbers found (${files.join(', ')}). CPR numbers must not be published without consent; remove them and submit again.`,
        },
      }),
    ];
  },
);
