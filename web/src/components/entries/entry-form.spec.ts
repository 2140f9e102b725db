import { describe, expect, it } from 'vitest';
import { entryDraftSchema } from '@fairpitch/shared/submissions';
import { entryContentFrom, entryFormFrom, pruneDraft } from './entry-form.js';

describe('the entry form', () => {
  it('gives every section a place to bind to, even for an empty entry', () => {
    const form = entryFormFrom({});
    expect(form.solution.teamMembers).toEqual([]);
    expect(form.compliance.subProcessors).toEqual([]);
    expect(form.declarations.conflictsOfInterest).toEqual({});
    expect(form.offer.currency).toBe('DKK');
  });

  it('sends nothing for an untouched form', () => {
    expect(entryContentFrom(entryFormFrom({}))).toEqual({});
  });

  it('leaves out blank answers, empty rows and empty lists, but keeps false and 0', () => {
    expect(
      pruneDraft({
        solution: { title: 'Tolk', summary: '', trl: '', teamMembers: [{ name: '', role: '' }, { name: 'Ada', role: 'CTO' }] },
        compliance: { hostingCountries: [], mfa: false, monthlyActiveUsers: 0, renewableShare: Number.NaN },
      }),
    ).toEqual({ solution: { title: 'Tolk', teamMembers: [{ name: 'Ada', role: 'CTO' }] }, compliance: { mfa: false, monthlyActiveUsers: 0 } });
  });

  it('round-trips stored content so the server schema accepts it unchanged', () => {
    const content = entryDraftSchema.parse({
      solution: { title: 'Tolk', summary: 'Opsummerer høringssvar', trl: 6, teamMembers: [{ name: 'Ada', role: 'CTO' }] },
      offer: { price: 100000, pricingModel: 'yearly' },
      compliance: { hostingCountries: ['DK'], subProcessors: [{ name: 'Host', country: 'DE', transferBasis: 'eea' }] },
      declarations: { acceptTerms: true, conflictsOfInterest: { hasConflicts: false } },
    });
    expect(entryDraftSchema.parse(entryContentFrom(entryFormFrom(content)))).toEqual(content);
  });
});
