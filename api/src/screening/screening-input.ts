import type { ComplianceDeclaration } from '@fairpitch/shared/submissions';
import type { ScreeningDocument, ScreeningInput, ScreeningLimits } from '@fairpitch/shared/screening';

/** Every string in the entry's content, by its dotted path: what the identity-leak rule reads. */
export function flattenTextFields(value: unknown, path = '', out: Record<string, string> = {}): Record<string, string> {
  if (typeof value === 'string') {
    if (value.trim()) out[path] = value;
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => flattenTextFields(item, path ? `${path}.${i}` : String(i), out));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flattenTextFields(item, path ? `${path}.${key}` : key, out);
  }
  return out;
}

export function buildScreeningInput(source: {
  entryId: string;
  revision: number;
  submittedAt: Date;
  content: Record<string, unknown>;
  blindReview: boolean;
  climateReferenceKgPerYear: number | undefined;
  identity: ScreeningInput['identity'];
  documents: ScreeningDocument[];
  limits: ScreeningLimits;
}): ScreeningInput {
  return {
    entryId: source.entryId,
    revision: source.revision,
    asOf: source.submittedAt.toISOString(),
    challenge: {
      blindReview: source.blindReview,
      ...(source.climateReferenceKgPerYear !== undefined ? { climateReferenceKgPerYear: source.climateReferenceKgPerYear } : {}),
    },
    identity: source.identity,
    fields: flattenTextFields(source.content),
    declaration: (source.content.compliance ?? {}) as ComplianceDeclaration,
    documents: source.documents,
    limits: source.limits,
  };
}
