import type { Certification, ComplianceDeclaration, EntryDraft, SubProcessor } from '@fairpitch/shared/submissions';

// The entry as the editor binds it: every section present so inputs can bind to any field, and
// pruneDraft to turn it back into what the API stores (blank answers simply left out). Number
// inputs hold '' while empty.

type NumberInput = number | '';

export interface SolutionForm {
  title?: string;
  summary?: string;
  description?: string;
  demoUrl?: string;
  videoUrl?: string;
  trl?: NumberInput;
  teamMembers: { name?: string; role?: string; email?: string }[];
}

export interface OfferForm {
  price?: NumberInput;
  currency?: string;
  pricingModel?: string;
  totalContractCost?: NumberInput;
}

export type ComplianceForm = Omit<ComplianceDeclaration, 'subProcessors' | 'certifications'> & {
  subProcessors: Partial<SubProcessor>[];
  certifications: Partial<Certification>[];
};

export interface DeclarationsForm {
  acceptTerms?: boolean;
  acceptIpTerms?: boolean;
  conflictsOfInterest: { hasConflicts?: boolean; description?: string };
  deMinimis: { earlierAidEur?: NumberInput; declared?: boolean };
}

export type CustomAnswer = string | number | string[] | null | undefined;

export interface EntryForm {
  solution: SolutionForm;
  offer: OfferForm;
  compliance: ComplianceForm;
  declarations: DeclarationsForm;
  customAnswers: Record<string, CustomAnswer>;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? {})) as T;

export function entryFormFrom(content: EntryDraft | null | undefined): EntryForm {
  const source = copy(content ?? {});
  const { solution = {}, compliance = {}, declarations = {} } = source;
  return {
    solution: { ...solution, teamMembers: solution.teamMembers ?? [] },
    offer: { currency: 'DKK', ...source.offer },
    compliance: { ...compliance, subProcessors: compliance.subProcessors ?? [], certifications: compliance.certifications ?? [] },
    declarations: {
      ...declarations,
      conflictsOfInterest: declarations.conflictsOfInterest ?? {},
      deMinimis: declarations.deMinimis ?? {},
    },
    customAnswers: source.customAnswers ?? {},
  };
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (typeof value === 'number' && Number.isNaN(value));
}

/**
 * Leaves out what was not answered: blank strings, empty lists and groups, rows with nothing in
 * them. An offer holding only the default currency counts as not started.
 */
export function pruneDraft(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(pruneDraft).filter((item) => !isBlank(item) && !(typeof item === 'object' && item !== null && Object.keys(item).length === 0));
    return items.length ? items : undefined;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => [key, pruneDraft(item)] as const)
      .filter(([, item]) => !isBlank(item));
    const result = Object.fromEntries(entries);
    return Object.keys(result).length ? result : undefined;
  }
  return isBlank(value) ? undefined : value;
}

export function entryContentFrom(form: EntryForm): Record<string, unknown> {
  // pruneDraft walks the form generically; the shared schema checks the result.
  const pruned = (pruneDraft(form) ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const offer = pruned.offer;
  if (offer && Object.keys(offer).length === 1 && offer.currency === 'DKK') delete pruned.offer;
  return pruned;
}
