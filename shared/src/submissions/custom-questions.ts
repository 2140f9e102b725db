import { z } from 'zod';
import type { Localised } from '../common/localised.js';
import type { ValidationIssue } from '../challenges/validation-issue.js';
import { submissionCode } from './messages.js';

// Questions an organiser adds to the entry form while the challenge is a draft.
export const CUSTOM_QUESTION_KINDS = ['text', 'long-text', 'number', 'single-choice', 'multiple-choice', 'url', 'file'] as const;
export type CustomQuestionKind = (typeof CUSTOM_QUESTION_KINDS)[number];
const CHOICE_KINDS: readonly CustomQuestionKind[] = ['single-choice', 'multiple-choice'];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ANSWER_MAX_LENGTH: Record<'text' | 'long-text' | 'url', number> = { text: 500, 'long-text': 20_000, url: 2_000 };

const localised = (max: number) =>
  z.object({
    da: z.string().trim().max(max, submissionCode('field.too_big')),
    en: z.string().trim().max(max, submissionCode('field.too_big')),
  });

export const choiceOptionSchema = z.object({
  id: z.string().max(64, submissionCode('custom-question.id-invalid')).regex(SLUG, submissionCode('custom-question.id-invalid')),
  label: localised(200),
});

export const customQuestionSchema = z
  .object({
    id: z.string().max(64, submissionCode('custom-question.id-invalid')).regex(SLUG, submissionCode('custom-question.id-invalid')),
    kind: z.enum(CUSTOM_QUESTION_KINDS, submissionCode('custom-question.kind-invalid')),
    required: z.boolean().default(false),
    label: localised(500),
    help: localised(2000).optional(),
    options: z.array(choiceOptionSchema).max(50, submissionCode('field.too_big')).optional(),
  })
  .superRefine((question, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    if (!question.label.da && !question.label.en) issue(submissionCode('custom-question.label-missing'), ['label']);
    const isChoice = CHOICE_KINDS.includes(question.kind);
    if (isChoice && (question.options?.length ?? 0) < 2) issue(submissionCode('custom-question.options-missing'), ['options']);
    if (!isChoice && question.options !== undefined) issue(submissionCode('custom-question.options-not-allowed'), ['options']);
    const seen = new Set<string>();
    question.options?.forEach((option, i) => {
      if (seen.has(option.id)) issue(submissionCode('custom-question.option-duplicate'), ['options', i, 'id']);
      seen.add(option.id);
    });
  });
export type CustomQuestionInput = z.input<typeof customQuestionSchema>;
export type CustomQuestion = z.output<typeof customQuestionSchema>;

export interface ChoiceOption {
  id: string;
  label: Localised;
}

/** Question ids must be unique across the form, since answers are keyed by them. */
export function validateCustomQuestions(questions: readonly Pick<CustomQuestion, 'id'>[]): ValidationIssue<'custom-question.id-duplicate'>[] {
  const seen = new Set<string>();
  const issues: ValidationIssue<'custom-question.id-duplicate'>[] = [];
  questions.forEach((question, i) => {
    if (seen.has(question.id)) issues.push({ path: `customQuestions.${i}.id`, code: 'custom-question.id-duplicate' });
    seen.add(question.id);
  });
  return issues;
}

export type CustomAnswerCode =
  | 'custom-answer.required'
  | 'custom-answer.type'
  | 'custom-answer.too-long'
  | 'custom-answer.unknown-option'
  | 'custom-answer.duplicate-option'
  | 'custom-answer.url-invalid'
  | 'custom-answer.file-unknown'
  | 'custom-answer.unknown-question';

export interface CustomAnswerContext {
  /** Ids of the entry's attachments; a file answer must name one of them. */
  attachmentIds?: readonly string[];
}

const httpUrl = z.httpUrl();

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function answerIssue(question: CustomQuestion, value: unknown, context: CustomAnswerContext): CustomAnswerCode | null {
  const options = new Set((question.options ?? []).map((option) => option.id));
  switch (question.kind) {
    case 'text':
    case 'long-text':
      if (typeof value !== 'string') return 'custom-answer.type';
      return value.length > ANSWER_MAX_LENGTH[question.kind] ? 'custom-answer.too-long' : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'custom-answer.type';
    case 'single-choice':
      if (typeof value !== 'string') return 'custom-answer.type';
      return options.has(value) ? null : 'custom-answer.unknown-option';
    case 'multiple-choice': {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return 'custom-answer.type';
      const items = value as string[];
      if (items.some((item) => !options.has(item))) return 'custom-answer.unknown-option';
      return new Set(items).size === items.length ? null : 'custom-answer.duplicate-option';
    }
    case 'url':
      if (typeof value !== 'string') return 'custom-answer.type';
      if (value.length > ANSWER_MAX_LENGTH.url) return 'custom-answer.too-long';
      return httpUrl.safeParse(value).success ? null : 'custom-answer.url-invalid';
    case 'file':
      if (typeof value !== 'string') return 'custom-answer.type';
      if (context.attachmentIds && !context.attachmentIds.includes(value)) return 'custom-answer.file-unknown';
      return null;
  }
}

/** Checks answers keyed by question id; a file answer is the id of one of the entry's attachments. */
export function validateCustomAnswers(
  questions: readonly CustomQuestion[],
  answers: Readonly<Record<string, unknown>>,
  context: CustomAnswerContext = {},
): ValidationIssue<CustomAnswerCode>[] {
  const issues: ValidationIssue<CustomAnswerCode>[] = [];
  const known = new Set(questions.map((question) => question.id));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) issues.push({ path: `customAnswers.${key}`, code: 'custom-answer.unknown-question' });
  }
  for (const question of questions) {
    const value = answers[question.id];
    const path = `customAnswers.${question.id}`;
    if (isEmpty(value)) {
      if (question.required) issues.push({ path, code: 'custom-answer.required' });
      continue;
    }
    const code = answerIssue(question, value, context);
    if (code) issues.push({ path, code });
  }
  return issues;
}
