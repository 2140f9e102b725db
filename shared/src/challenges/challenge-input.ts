import { z } from 'zod';
import { customQuestionSchema } from '../submissions/custom-questions.js';
import { CHALLENGE_TYPES } from './challenge-type.js';
import { contactPersonSchema } from './company-input.js';
import { evaluationMethodShape } from './evaluation-method.js';
import { LEGAL_BASES, PRIZE_RECIPIENTS } from './legal-frame.js';
import { challengeCode } from './messages.js';
import { phaseSchema } from './phases.js';

// Request schemas for the organiser's workspace. A draft is saved in pieces, so these check the
// form of each field; whether the whole challenge may be published is `canPublish`'s question.
const text = (min: number, max: number) =>
  z.string().trim().min(min, challengeCode(min <= 1 ? 'field.required' : 'field.too_small')).max(max, challengeCode('field.too_big'));
const httpUrl = z.string().trim().max(2000, challengeCode('field.too_big')).pipe(z.httpUrl(challengeCode('challenge.url-invalid')));

export const outreachPartnerSchema = z.object({ name: text(1, 200), url: httpUrl });

export const prizeSchema = z.object({
  /** What each recipient receives, in Danish kroner. */
  amountDkk: z.number().min(0, challengeCode('legal.prize-amount-invalid')),
  recipients: z.enum(PRIZE_RECIPIENTS),
  description: text(0, 500).optional(),
});

const categories = z
  .array(text(1, 50))
  .max(20, challengeCode('field.too_big'))
  .superRefine((values, ctx) => {
    const seen = new Set<string>();
    values.forEach((value, i) => {
      const key = value.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: challengeCode('challenge.category-duplicate'), path: [i] });
      seen.add(key);
    });
  });

const challengeFields = {
  title: text(3, 200),
  summary: text(1, 1000),
  descriptionMarkdown: z.string().max(100_000, challengeCode('field.too_big')),
  department: text(1, 200),
  categories,
  type: z.enum(CHALLENGE_TYPES, challengeCode('challenge.type-invalid')),
  language: z.enum(['da', 'en'], challengeCode('challenge.language-invalid')),
  contact: contactPersonSchema,
  /** Startup programmes and networks that help spread the call; information only. */
  outreachPartners: z.array(outreachPartnerSchema).max(20, challengeCode('field.too_big')),
  phases: z.array(phaseSchema).max(30, challengeCode('field.too_big')),
  evaluationMethod: evaluationMethodShape,
  legalBasis: z.enum(LEGAL_BASES, challengeCode('challenge.legal-basis-invalid')),
  prizes: z.array(prizeSchema).max(20, challengeCode('field.too_big')),
  benefitsToIndividualFirms: z.boolean(),
  deMinimisDeclarationsRequired: z.boolean(),
  leadsToPurchase: z.boolean(),
  /** Jurors see no company names; only hackathons and market dialogues may turn it off. */
  blindReview: z.boolean(),
  /** Seconds after the deadline in which a submission still counts; published, same for all. */
  submissionGraceSeconds: z.number().int().min(0).max(3600),
  /** Days within which participants can expect the organiser's response; shown publicly. */
  responsePeriodDays: z.number().int().min(1).max(365),
  /** Days entries are kept after the challenge is decided or cancelled. */
  retentionDays: z.number().int().min(30).max(3650),
  customQuestions: z.array(customQuestionSchema).max(50, challengeCode('field.too_big')),
};

/** Partial updates to a draft (PATCH): every field optional, no defaults filled in. */
export const challengeUpdateSchema = z.object(challengeFields).partial();
export type ChallengeUpdate = z.output<typeof challengeUpdateSchema>;

/** Creating a draft: a title and a type are enough; the rest gets safe defaults. */
export const challengeCreateSchema = challengeUpdateSchema
  .extend({
    title: challengeFields.title,
    type: challengeFields.type,
    language: challengeFields.language.default('da'),
    categories: challengeFields.categories.default([]),
    outreachPartners: challengeFields.outreachPartners.default([]),
    phases: challengeFields.phases.default([]),
    legalBasis: challengeFields.legalBasis.default('none'),
    prizes: challengeFields.prizes.default([]),
    benefitsToIndividualFirms: challengeFields.benefitsToIndividualFirms.default(false),
    deMinimisDeclarationsRequired: challengeFields.deMinimisDeclarationsRequired.default(false),
    leadsToPurchase: challengeFields.leadsToPurchase.default(false),
    blindReview: challengeFields.blindReview.default(true),
    submissionGraceSeconds: challengeFields.submissionGraceSeconds.default(0),
    customQuestions: challengeFields.customQuestions.default([]),
  })
  .superRefine((challenge, ctx) => {
    if (!blindReviewAllowed(challenge.type, challenge.blindReview)) {
      ctx.addIssue({ code: 'custom', message: challengeCode('challenge.blind-review-required'), path: ['blindReview'] });
    }
  });
export type ChallengeCreateInput = z.input<typeof challengeCreateSchema>;
export type ChallengeCreate = z.output<typeof challengeCreateSchema>;

// A challenge ends in a ranking that may lead to a contract or a prize, so jurors must not know
// whose entry they score (and a design contest demands anonymity, udbudsloven § 89).
export function blindReviewAllowed(type: ChallengeCreate['type'], blindReview: boolean | undefined): boolean {
  return blindReview !== false || type !== 'challenge';
}

/** A published change, visible to everyone and sent to every registered company. */
export const amendmentInputSchema = z.object({
  reason: z.string().trim().min(10, challengeCode('amendment.reason-length')).max(4000, challengeCode('amendment.reason-length')),
  // The type and language are what participants signed up for; they do not change by amendment.
  changes: challengeUpdateSchema
    .omit({ type: true, language: true })
    .refine((changes) => Object.values(changes).some((value) => value !== undefined), challengeCode('amendment.no-changes')),
});
export type AmendmentInput = z.output<typeof amendmentInputSchema>;

export const questionInputSchema = z.object({
  text: z.string().trim().min(10, challengeCode('question.length')).max(4000, challengeCode('question.length')),
});
export type QuestionInput = z.output<typeof questionInputSchema>;

export const answerInputSchema = z.object({
  text: z.string().trim().min(1, challengeCode('answer.length')).max(10_000, challengeCode('answer.length')),
  /** The question as published with the answer: the organiser may reword it to remove anything
   *  that identifies the asker. Absent means the question is published as asked. */
  publishedQuestion: z.string().trim().min(10, challengeCode('question.length')).max(4000, challengeCode('question.length')).optional(),
});
export type AnswerInput = z.output<typeof answerInputSchema>;
