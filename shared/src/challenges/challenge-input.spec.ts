import { describe, expect, it } from 'vitest';
import {
  amendmentInputSchema,
  answerInputSchema,
  challengeCreateSchema,
  challengeUpdateSchema,
  questionInputSchema,
} from './challenge-input.js';
import { parseWithCodes } from './parse-with-codes.js';

describe('challengeCreateSchema', () => {
  it('creates a draft from a title and a type and fills in safe defaults', () => {
    const result = parseWithCodes(challengeCreateSchema, { title: 'AI til høringer', type: 'challenge' });
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'AI til høringer',
        type: 'challenge',
        language: 'da',
        categories: [],
        outreachPartners: [],
        phases: [],
        legalBasis: 'none',
        prizes: [],
        benefitsToIndividualFirms: false,
        deMinimisDeclarationsRequired: false,
        leadsToPurchase: false,
        blindReview: true,
        submissionGraceSeconds: 0,
        customQuestions: [],
      },
    });
  });
  it('keeps blind review on for challenges but lets a hackathon turn it off', () => {
    expect(parseWithCodes(challengeCreateSchema, { title: 'Udfordring', type: 'challenge', blindReview: false })).toEqual({
      ok: false,
      issues: [{ path: 'blindReview', code: 'challenge.blind-review-required' }],
    });
    expect(parseWithCodes(challengeCreateSchema, { title: 'Hackathon', type: 'hackathon', blindReview: false }).ok).toBe(true);
  });
  it('refuses unsafe outreach links, repeated categories and an unknown type', () => {
    const result = parseWithCodes(challengeCreateSchema, {
      title: 'AI',
      type: 'lottery',
      categories: ['AI', 'ai'],
      outreachPartners: [{ name: 'Accelerator', url: 'javascript:alert(1)' }],
    });
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((issue) => `${issue.path}:${issue.code}`).toSorted()).toEqual([
      'categories.1:challenge.category-duplicate',
      'outreachPartners.0.url:challenge.url-invalid',
      'title:field.too_small',
      'type:challenge.type-invalid',
    ]);
  });
  it('refuses a grace period beyond an hour or a negative prize', () => {
    const result = parseWithCodes(challengeCreateSchema, {
      title: 'Udfordring',
      type: 'challenge',
      submissionGraceSeconds: 7200,
      prizes: [{ amountDkk: -1, recipients: 'single' }],
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'prizes.0.amountDkk', code: 'legal.prize-amount-invalid' },
        { path: 'submissionGraceSeconds', code: 'field.too_big' },
      ],
    });
  });
});

describe('challengeUpdateSchema', () => {
  it('accepts a partial update without filling in defaults that would overwrite stored values', () => {
    expect(challengeUpdateSchema.parse({ summary: 'Ny opsummering' })).toEqual({ summary: 'Ny opsummering' });
  });
});

describe('amendmentInputSchema', () => {
  it('requires a reason and at least one change', () => {
    expect(parseWithCodes(amendmentInputSchema, { reason: 'kort', changes: {} })).toEqual({
      ok: false,
      issues: [
        { path: 'reason', code: 'amendment.reason-length' },
        { path: 'changes', code: 'amendment.no-changes' },
      ],
    });
    const extension = { reason: 'Fristen forlænges for alle med en uge.', changes: { submissionGraceSeconds: 0 } };
    expect(parseWithCodes(amendmentInputSchema, extension).ok).toBe(true);
  });
  it('does not carry a change of type or language', () => {
    const parsed = amendmentInputSchema.parse({ reason: 'Vi skifter sprog til engelsk.', changes: { language: 'en', summary: 'New' } });
    expect(parsed.changes).toEqual({ summary: 'New' });
  });
});

describe('questions and answers', () => {
  it('accepts a question of 10 to 4000 characters', () => {
    expect(parseWithCodes(questionInputSchema, { text: 'Hvor mange brugere?' }).ok).toBe(true);
    expect(parseWithCodes(questionInputSchema, { text: '  kort   ' })).toEqual({ ok: false, issues: [{ path: 'text', code: 'question.length' }] });
    expect(parseWithCodes(questionInputSchema, { text: 'x'.repeat(4001) })).toEqual({ ok: false, issues: [{ path: 'text', code: 'question.length' }] });
  });
  it('accepts an answer with an optional reworded question for publication', () => {
    expect(parseWithCodes(answerInputSchema, { text: 'Ca. 3000.', publishedQuestion: 'Hvor mange brugere forventes?' }).ok).toBe(true);
    expect(parseWithCodes(answerInputSchema, { text: '' })).toEqual({ ok: false, issues: [{ path: 'text', code: 'answer.length' }] });
  });
});
