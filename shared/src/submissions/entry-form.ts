import { z } from 'zod';
import type { LegalBasis } from '../challenges/legal-frame.js';
import { parseWithCodes } from '../challenges/parse-with-codes.js';
import type { ValidationIssue } from '../challenges/validation-issue.js';
import { complianceDeclarationSchema } from './compliance-declaration.js';
import { validateCustomAnswers, type CustomQuestion } from './custom-questions.js';
import { submissionCode } from './messages.js';

// The standard parts of every entry form. Drafts save automatically while a team is still
// writing, so every field is optional here and only checked for form; `validateForSubmission`
// then lists what a final submission still lacks.
const text = (max: number) => z.string().trim().max(max, submissionCode('field.too_big'));
const httpUrl = z.string().trim().max(2000, submissionCode('field.too_big')).pipe(z.httpUrl(submissionCode('entry.url-invalid')));
const amount = z.number(submissionCode('field.invalid_type')).min(0, submissionCode('entry.amount-invalid'));

export const PRICING_MODELS = ['one-off', 'yearly', 'per-user'] as const;
export type PricingModel = (typeof PRICING_MODELS)[number];

export const teamMemberSchema = z.object({
  name: text(200).optional(),
  role: text(200).optional(),
  email: z.string().trim().max(320, submissionCode('field.too_big')).pipe(z.email(submissionCode('entry.email-invalid'))).optional(),
});

export const solutionSchema = z.object({
  title: text(200).optional(),
  summary: text(1000).optional(),
  description: text(50_000).optional(),
  demoUrl: httpUrl.optional(),
  videoUrl: httpUrl.optional(),
  /** Technology readiness level, 1 (idea) to 9 (proven in operation). */
  trl: z.number().int(submissionCode('entry.trl-invalid')).min(1, submissionCode('entry.trl-invalid')).max(9, submissionCode('entry.trl-invalid')).optional(),
  teamMembers: z.array(teamMemberSchema).max(50, submissionCode('field.too_big')).optional(),
});

export const offerSchema = z.object({
  price: amount.optional(),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, submissionCode('entry.currency-invalid')).default('DKK'),
  pricingModel: z.enum(PRICING_MODELS, submissionCode('entry.pricing-model-invalid')).optional(),
  /** Total cost over the whole contract period, in the offer's currency. */
  totalContractCost: amount.optional(),
});

export const declarationsSchema = z.object({
  acceptTerms: z.boolean().optional(),
  acceptIpTerms: z.boolean().optional(),
  conflictsOfInterest: z.object({ hasConflicts: z.boolean().optional(), description: text(4000).optional() }).optional(),
  deMinimis: z.object({ earlierAidEur: amount.optional(), declared: z.boolean().optional() }).optional(),
});

export const customAnswerValueSchema = z.union([z.string().max(20_000), z.number(), z.array(z.string().max(200)).max(50), z.null()]);

export const entryDraftSchema = z.object({
  solution: solutionSchema.optional(),
  offer: offerSchema.optional(),
  compliance: complianceDeclarationSchema.optional(),
  declarations: declarationsSchema.optional(),
  customAnswers: z.record(z.string().max(64), customAnswerValueSchema).optional(),
});
export type EntryDraftInput = z.input<typeof entryDraftSchema>;
export type EntryDraft = z.output<typeof entryDraftSchema>;

export interface EntryChallengeConfig {
  leadsToPurchase: boolean;
  legalBasis: LegalBasis;
  customQuestions?: readonly CustomQuestion[];
  /** The entry's attachment ids, so file answers can be checked. */
  attachmentIds?: readonly string[];
}

export function needsDeMinimisDeclaration(config: Pick<EntryChallengeConfig, 'legalBasis'>): boolean {
  return config.legalBasis === 'de-minimis';
}

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** Everything a final submission still lacks or gets wrong, as codes with paths. */
export function validateForSubmission(entry: unknown, config: EntryChallengeConfig): ValidationIssue[] {
  const parsed = parseWithCodes(entryDraftSchema, entry ?? {});
  if (!parsed.ok) return parsed.issues;
  const { solution = {}, offer, declarations = {}, customAnswers = {} } = parsed.value;
  const issues: ValidationIssue[] = [];
  const missing = (path: string) => issues.push({ path, code: 'field.required' });

  if (blank(solution.title)) missing('solution.title');
  if (blank(solution.summary)) missing('solution.summary');
  if (blank(solution.description)) missing('solution.description');
  if (solution.trl === undefined) missing('solution.trl');
  const team = solution.teamMembers ?? [];
  if (team.length === 0) issues.push({ path: 'solution.teamMembers', code: 'entry.team-empty' });
  team.forEach((member, i) => {
    if (blank(member.name)) missing(`solution.teamMembers.${i}.name`);
    if (blank(member.role)) missing(`solution.teamMembers.${i}.role`);
  });

  // An offer belongs only to challenges that can end in a purchase.
  if (config.leadsToPurchase) {
    if (offer?.price === undefined) missing('offer.price');
    if (offer?.pricingModel === undefined) missing('offer.pricingModel');
    if (offer?.totalContractCost === undefined) missing('offer.totalContractCost');
  }

  if (declarations.acceptTerms !== true) issues.push({ path: 'declarations.acceptTerms', code: 'entry.terms-not-accepted' });
  if (declarations.acceptIpTerms !== true) issues.push({ path: 'declarations.acceptIpTerms', code: 'entry.ip-terms-not-accepted' });
  const conflicts = declarations.conflictsOfInterest;
  if (conflicts?.hasConflicts === undefined) {
    issues.push({ path: 'declarations.conflictsOfInterest.hasConflicts', code: 'entry.conflicts-unanswered' });
  } else if (conflicts.hasConflicts && blank(conflicts.description)) {
    issues.push({ path: 'declarations.conflictsOfInterest.description', code: 'entry.conflicts-description-missing' });
  }
  if (needsDeMinimisDeclaration(config)) {
    const deMinimis = declarations.deMinimis;
    if (deMinimis?.declared !== true || deMinimis.earlierAidEur === undefined) {
      issues.push({ path: 'declarations.deMinimis', code: 'entry.de-minimis-not-declared' });
    }
  }

  const attachmentContext = config.attachmentIds ? { attachmentIds: config.attachmentIds } : {};
  issues.push(...validateCustomAnswers(config.customQuestions ?? [], customAnswers, attachmentContext));
  return issues;
}
