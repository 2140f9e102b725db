import { describe, expect, it } from 'vitest';
import type { JurorMethod } from '../../api/client.js';
import { reviewFormFrom, reviewIssues, reviewScores, scalePoints, serverFieldPath } from './review-form.js';

const METHOD: JurorMethod = {
  criteria: [
    { id: 'quality', title: { da: 'Kvalitet', en: 'Quality' }, description: { da: '', en: '' }, weight: 60 },
    { id: 'feasibility', title: { da: 'Gennemførlighed', en: 'Feasibility' }, description: { da: '', en: '' }, weight: 40 },
  ],
  scale: { min: 0, max: 5, step: 0.5 },
};

describe('the juror score form', () => {
  it('starts from the saved review, criterion by criterion', () => {
    const form = reviewFormFrom(METHOD, { scores: [{ criterionId: 'feasibility', value: 3.5, justification: 'Plan is clear.' }] });
    expect(form).toEqual([
      { criterionId: 'quality', value: '', justification: '' },
      { criterionId: 'feasibility', value: '3.5', justification: 'Plan is clear.' },
    ]);
  });

  it('lists the points of the published scale with its step', () => {
    expect(scalePoints({ min: 0, max: 5, step: 0.5 })).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]);
    expect(scalePoints({ min: 1, max: 3, step: 1 })).toEqual([1, 2, 3]);
    // Too many points to list: a number field takes over.
    expect(scalePoints({ min: 0, max: 100, step: 0.5 })).toBeNull();
  });

  it('lets a draft leave criteria out but refuses scores off the scale', () => {
    const form = reviewFormFrom(METHOD, null);
    expect(reviewIssues(METHOD, form, false)).toEqual([]);
    form[0]!.value = '2.25';
    expect(reviewIssues(METHOD, form, false)).toEqual([{ path: 'quality.value', code: 'jury.score-off-scale' }]);
    form[0]!.value = '6';
    expect(reviewIssues(METHOD, form, false)).toEqual([{ path: 'quality.value', code: 'jury.score-off-scale' }]);
  });

  it('needs every criterion scored and justified before submitting', () => {
    const form = reviewFormFrom(METHOD, null);
    form[0]!.value = '4,5';
    expect(reviewIssues(METHOD, form, true)).toEqual([
      { path: 'quality.justification', code: 'jury.justification-required' },
      { path: 'feasibility.value', code: 'jury.score-missing' },
      { path: 'feasibility.justification', code: 'jury.justification-required' },
    ]);
    form[0]!.justification = 'Strong model evaluation.';
    form[1]!.value = '3';
    form[1]!.justification = '  Realistic plan.  ';
    expect(reviewIssues(METHOD, form, true)).toEqual([]);
    expect(reviewScores(METHOD, form)).toEqual([
      { criterionId: 'quality', value: 4.5, justification: 'Strong model evaluation.' },
      { criterionId: 'feasibility', value: 3, justification: 'Realistic plan.' },
    ]);
  });

  it('reads a number field’s number as well as a chosen text', () => {
    const form = reviewFormFrom(METHOD, null);
    form[0]!.value = 4.5;
    form[1]!.value = 7;
    expect(reviewIssues(METHOD, form, false)).toEqual([{ path: 'feasibility.value', code: 'jury.score-off-scale' }]);
    expect(reviewScores(METHOD, form)).toEqual([{ criterionId: 'quality', value: 4.5, justification: '' }]);
  });

  it('sends only valid scores in a draft', () => {
    const form = reviewFormFrom(METHOD, null);
    form[0]!.value = '7';
    form[1]!.value = '1';
    expect(reviewScores(METHOD, form)).toEqual([{ criterionId: 'feasibility', value: 1, justification: '' }]);
  });

  it('maps the server’s field paths back to criteria', () => {
    const sent = [
      { criterionId: 'quality', value: 4, justification: '' },
      { criterionId: 'feasibility', value: 3, justification: '' },
    ];
    expect(serverFieldPath({ path: 'scores.1.justification', code: 'jury.justification-required', message: '' }, sent)).toBe('feasibility.justification');
    expect(serverFieldPath({ path: 'scores.0.value', code: 'jury.score-off-scale', message: '' }, sent)).toBe('quality.value');
    expect(serverFieldPath({ path: 'scores.quality', code: 'jury.score-missing', message: '' }, sent)).toBe('quality.value');
  });
});
