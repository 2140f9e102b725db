import { describe, expect, it } from 'vitest';
import { parseWithCodes } from '../challenges/parse-with-codes.js';
import { customQuestionSchema } from './custom-questions.js';
import { entryDraftSchema, validateForSubmission, type EntryChallengeConfig, type EntryDraftInput } from './entry-form.js';

const complete: EntryDraftInput = {
  solution: {
    title: 'Høringsassistent',
    summary: 'Sorterer høringssvar efter emne.',
    description: 'Et værktøj der grupperer høringssvar og viser argumenter.',
    demoUrl: 'https://demo.example.dk',
    trl: 6,
    teamMembers: [{ name: 'Ida Lund', role: 'CTO', email: 'ida@example.dk' }],
  },
  declarations: { acceptTerms: true, acceptIpTerms: true, conflictsOfInterest: { hasConflicts: false } },
};
const plain: EntryChallengeConfig = { leadsToPurchase: false, legalBasis: 'none' };

function codes(entry: unknown, config: EntryChallengeConfig = plain): string[] {
  return validateForSubmission(entry, config).map((issue) => `${issue.path}:${issue.code}`);
}

describe('entryDraftSchema', () => {
  it('accepts an empty draft, since drafts are saved while the team writes', () => {
    expect(parseWithCodes(entryDraftSchema, {})).toEqual({ ok: true, value: {} });
  });
  it('still checks the form of what a draft contains', () => {
    const result = parseWithCodes(entryDraftSchema, {
      solution: { trl: 10, demoUrl: 'javascript:alert(1)', teamMembers: [{ email: 'nope' }] },
      offer: { price: -5, currency: 'kroner' },
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'solution.demoUrl', code: 'entry.url-invalid' },
        { path: 'solution.trl', code: 'entry.trl-invalid' },
        { path: 'solution.teamMembers.0.email', code: 'entry.email-invalid' },
        { path: 'offer.price', code: 'entry.amount-invalid' },
        { path: 'offer.currency', code: 'entry.currency-invalid' },
      ],
    });
  });
  it('defaults the currency to DKK and upper-cases a given one', () => {
    const dkk = entryDraftSchema.parse({ offer: { price: 1 } });
    const eur = entryDraftSchema.parse({ offer: { price: 1, currency: 'eur' } });
    expect(dkk.offer?.currency).toBe('DKK');
    expect(eur.offer?.currency).toBe('EUR');
  });
  it('accepts the compliance declaration as its own part', () => {
    expect(parseWithCodes(entryDraftSchema, { compliance: { hostingCountries: ['DK'], mfa: true } }).ok).toBe(true);
    expect(parseWithCodes(entryDraftSchema, { compliance: { hostingCountries: ['Denmark'] } }).ok).toBe(false);
  });
});

describe('validateForSubmission', () => {
  it('accepts a complete entry for a challenge without purchase or de minimis', () => {
    expect(codes(complete)).toEqual([]);
  });
  it('lists every missing part of an empty entry', () => {
    expect(codes({})).toEqual([
      'solution.title:field.required',
      'solution.summary:field.required',
      'solution.description:field.required',
      'solution.trl:field.required',
      'solution.teamMembers:entry.team-empty',
      'declarations.acceptTerms:entry.terms-not-accepted',
      'declarations.acceptIpTerms:entry.ip-terms-not-accepted',
      'declarations.conflictsOfInterest.hasConflicts:entry.conflicts-unanswered',
    ]);
  });
  it('requires the terms and the IP terms to be accepted, not just answered', () => {
    const declined = { ...complete, declarations: { ...complete.declarations, acceptTerms: false, acceptIpTerms: false } };
    expect(codes(declined)).toEqual(['declarations.acceptTerms:entry.terms-not-accepted', 'declarations.acceptIpTerms:entry.ip-terms-not-accepted']);
  });
  it('requires a description of a declared conflict of interest', () => {
    const conflicted = { ...complete, declarations: { ...complete.declarations, conflictsOfInterest: { hasConflicts: true } } };
    expect(codes(conflicted)).toEqual(['declarations.conflictsOfInterest.description:entry.conflicts-description-missing']);
  });
  it('requires team members to have a name and a role', () => {
    const team = { ...complete, solution: { ...complete.solution, teamMembers: [{ name: 'Ida' }] } };
    expect(codes(team)).toEqual(['solution.teamMembers.0.role:field.required']);
  });
  it('requires an offer only when the challenge leads to a purchase', () => {
    const purchase: EntryChallengeConfig = { leadsToPurchase: true, legalBasis: 'procurement-contract' };
    expect(codes(complete, purchase)).toEqual(['offer.price:field.required', 'offer.pricingModel:field.required', 'offer.totalContractCost:field.required']);
    const offered = { ...complete, offer: { price: 250_000, pricingModel: 'yearly', totalContractCost: 1_000_000 } };
    expect(codes(offered, purchase)).toEqual([]);
  });
  it('requires the de minimis declaration only when the legal basis is de minimis aid', () => {
    const deMinimis: EntryChallengeConfig = { leadsToPurchase: false, legalBasis: 'de-minimis' };
    expect(codes(complete, deMinimis)).toEqual(['declarations.deMinimis:entry.de-minimis-not-declared']);
    const declared = { ...complete, declarations: { ...complete.declarations, deMinimis: { declared: true, earlierAidEur: 0 } } };
    expect(codes(declared, deMinimis)).toEqual([]);
    expect(codes(complete, { leadsToPurchase: false, legalBasis: 'design-contest' })).toEqual([]);
  });
  it('checks the organiser’s own questions as part of the submission', () => {
    const question = customQuestionSchema.parse({ id: 'pilot-site', kind: 'text', required: true, label: { da: 'Pilotsted', en: 'Pilot site' } });
    expect(codes(complete, { ...plain, customQuestions: [question] })).toEqual(['customAnswers.pilot-site:custom-answer.required']);
    expect(codes({ ...complete, customAnswers: { 'pilot-site': 'Dokk1' } }, { ...plain, customQuestions: [question] })).toEqual([]);
  });
});
