import { DEFAULT_SCREENING_LIMITS, type ScreeningContext, type ScreeningInput } from './ruleset-types.js';

// Sample inputs for specs, benches and api tests: a complete, unremarkable entry that individual
// tests change one field at a time, so each test shows exactly what it is about.
export function makeScreeningInput(overrides: Partial<ScreeningInput> = {}): ScreeningInput {
  return {
    entryId: '00000000-0000-4000-8000-000000000001',
    revision: 1,
    asOf: '2026-11-27T12:00:00Z',
    challenge: { blindReview: false },
    identity: { companyName: 'Nordlys Data ApS', cvr: '12345674', emailDomains: ['nordlys.dk'], memberNames: ['Anna Holm'] },
    fields: {},
    declaration: {},
    documents: [],
    limits: DEFAULT_SCREENING_LIMITS,
    ...overrides,
  };
}

export function makeScreeningContext(overrides: Partial<ScreeningContext> = {}): ScreeningContext {
  const { texts = [], extractionProblems = [], ...input } = overrides;
  return { ...makeScreeningInput(input), texts, extractionProblems };
}
