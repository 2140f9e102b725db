import { describe, expect, it } from 'vitest';
import { type EvaluationMethod, challengeUpdateSchema, evaluationMethodShape, validateEvaluationMethod } from '@fairpitch/shared/challenges';
import type { ChallengeDetail } from '../../api/client.js';
import { challengeFormFrom, challengeUpdateFrom } from './challenge-form.js';
import { methodFormFrom, methodFromForm, newCriterion } from './method-form.js';

const METHOD: EvaluationMethod = evaluationMethodShape.parse({
  criteria: [
    { id: 'quality', title: { da: 'Kvalitet', en: 'Quality' }, weight: 60, threshold: 3 },
    { id: 'usability', title: { da: 'Brugervenlighed', en: 'Usability' }, weight: 20 },
  ],
  scale: { min: 0, max: 10, step: 1 },
  screeningWeights: { security: 10 },
  priceWeight: 10,
  priceModel: { kind: 'absolute', referencePrice: 500000, maxPrice: 1500000 },
  tieBreak: ['quality'],
  normalisation: 'z-score',
});

describe('the evaluation method in the editor', () => {
  it('round-trips a published method unchanged', () => {
    expect(evaluationMethodShape.parse(methodFromForm(methodFormFrom(METHOD)))).toEqual(METHOD);
  });

  it('leaves blank optional numbers out and blank required ones missing, so the shared rules name them', () => {
    const form = methodFormFrom(METHOD);
    form.criteria[1]!.weight = '';
    form.overallThreshold = '';
    form.screeningWeights.security = '';
    const method = methodFromForm(form);
    expect(method.overallThreshold).toBeUndefined();
    expect(method.screeningWeights).toBeUndefined();
    const result = validateEvaluationMethod(method);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toContainEqual({ path: 'criteria.1.weight', code: 'field.required' });
  });

  it('gives a new criterion an id that no other criterion has', () => {
    const form = methodFormFrom(null);
    form.criteria.push(newCriterion(form.criteria), { ...newCriterion([]), id: 'criterion-2' });
    expect(newCriterion(form.criteria).id).toBe('criterion-3');
  });
});

describe('the draft update', () => {
  const detail = {
    id: 'c1',
    title: 'Title of it',
    summary: '',
    type: 'challenge',
    status: 'draft',
    language: 'da',
    department: '',
    categories: ['ai', 'data'],
    publishedAt: null,
    deadline: null,
    activePhase: null,
    descriptionMarkdown: '',
    descriptionHtml: '',
    contact: null,
    outreachPartners: [],
    legalBasis: 'none',
    prizes: [],
    benefitsToIndividualFirms: false,
    deMinimisDeclarationsRequired: false,
    leadsToPurchase: false,
    blindReview: true,
    submissionGraceSeconds: 0,
    responsePeriodDays: null,
    retentionDays: null,
    customQuestions: [],
    phases: [],
    evaluationMethod: METHOD,
    criteria: METHOD.criteria,
    methodHash: null,
    draftMethodHash: null,
    priceModelWarnings: [],
    amendments: [],
    questions: [],
    decidedAt: null,
  } satisfies ChallengeDetail;

  it('is a valid PATCH body for the server’s schema, leaving blanks out', () => {
    const body = challengeUpdateFrom(challengeFormFrom(detail));
    expect(body.summary).toBeUndefined();
    expect(body.contact).toBeUndefined();
    expect(body.retentionDays).toBeUndefined();
    expect(body.categories).toEqual(['ai', 'data']);
    expect(challengeUpdateSchema.safeParse(body).success).toBe(true);
  });

  it('sends a contact person as soon as one field of it is filled in', () => {
    const form = challengeFormFrom(detail);
    form.contactEmail = 'otto@kk.dk';
    expect(challengeUpdateFrom(form).contact).toEqual({ name: '', email: 'otto@kk.dk' });
  });
});
