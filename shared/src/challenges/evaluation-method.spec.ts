import { describe, expect, it } from 'vitest';
import { evaluationMethodSchema, validateEvaluationMethod, type EvaluationMethodInput } from './evaluation-method.js';
import { parseWithCodes } from './parse-with-codes.js';

const t = (text: string) => ({ da: text, en: text });

function method(overrides: Partial<EvaluationMethodInput> = {}): EvaluationMethodInput {
  return {
    criteria: [
      { id: 'value', title: t('Value'), weight: 40, threshold: 5 },
      { id: 'feasibility', title: t('Feasibility'), weight: 30 },
      { id: 'data-ethics', title: t('Data ethics'), weight: 30 },
    ],
    scale: { min: 0, max: 10, step: 1 },
    tieBreak: ['value', 'feasibility'],
    ...overrides,
  };
}

function codes(input: EvaluationMethodInput, knownScreeningRules?: string[]): string[] {
  const result = validateEvaluationMethod(input, knownScreeningRules ? { knownScreeningRules } : {});
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}:${issue.code}`);
}

describe('validateEvaluationMethod', () => {
  it('accepts a complete method and fills in the published defaults', () => {
    const result = validateEvaluationMethod(method());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.method).toMatchObject({
      normalisation: 'raw',
      consensus: 'flagged',
      disagreementThreshold: 0.3,
      priceModel: { kind: 'none' },
      mandatoryScreeningRules: [],
    });
    expect(result.method.criteria[1]?.description).toEqual({ da: '', en: '' });
  });
  it('requires the weights to add up to exactly 100', () => {
    const criteria = [
      { id: 'a', title: t('A'), weight: 50 },
      { id: 'b', title: t('B'), weight: 49.5 },
    ];
    expect(codes(method({ criteria, tieBreak: [] }))).toEqual(['weights:method.weights-sum']);
  });
  it('accepts decimal weights whose floating-point sum is 100 within rounding', () => {
    const criteria = [
      { id: 'a', title: t('A'), weight: 33.3 },
      { id: 'b', title: t('B'), weight: 33.3 },
      { id: 'c', title: t('C'), weight: 33.4 },
    ];
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(codes(method({ criteria, tieBreak: [] }))).toEqual([]);
    const thirds = [1, 2, 3].map((n) => ({ id: `c${n}`, title: t('C'), weight: 100 / 3 }));
    expect(codes(method({ criteria: thirds, tieBreak: [] }))).toEqual([]);
  });
  it('shares the 100 between criteria, screening areas and price', () => {
    const criteria = [
      { id: 'value', title: t('Value'), weight: 50 },
      { id: 'feasibility', title: t('Feasibility'), weight: 20 },
    ];
    const shared = method({
      criteria,
      screeningWeights: { security: 5, 'data-protection': 5, climate: 5, sovereignty: 5 },
      priceWeight: 10,
      priceModel: { kind: 'absolute', referencePrice: 500_000, slope: 5 },
    });
    expect(codes(shared)).toEqual([]);
    expect(codes({ ...shared, priceWeight: 15 })).toEqual(['weights:method.weights-sum']);
  });
  it('refuses zero, negative or oversized criterion weights', () => {
    const criteria = [
      { id: 'a', title: t('A'), weight: 0 },
      { id: 'b', title: t('B'), weight: 110 },
      { id: 'c', title: t('C'), weight: -10 },
    ];
    expect(codes(method({ criteria, tieBreak: [] }))).toEqual([
      'criteria.0.weight:method.weight-invalid',
      'criteria.1.weight:method.weight-invalid',
      'criteria.2.weight:method.weight-invalid',
    ]);
  });
  it('accepts a 0–5 scale with half points, as in Horizon Europe', () => {
    const criteria = method().criteria.map((criterion) => ({ ...criterion, threshold: 3 }));
    expect(codes(method({ criteria, scale: { min: 0, max: 5, step: 0.5 }, overallThreshold: 3.5 }))).toEqual([]);
    const tooHigh = method().criteria.map((criterion, i) => (i === 0 ? { ...criterion, threshold: 5.5 } : criterion));
    expect(codes(method({ criteria: tooHigh, scale: { min: 0, max: 5, step: 0.5 } }))).toEqual(['criteria.0.threshold:method.threshold-out-of-scale']);
  });
  it('refuses a scale whose minimum is not below its maximum or whose step does not divide the range', () => {
    expect(codes(method({ scale: { min: 10, max: 10, step: 1 } }))).toEqual(['scale.max:method.scale-range']);
    expect(codes(method({ scale: { min: 0, max: 10, step: 3 } }))).toEqual(['scale.step:method.scale-step']);
    expect(codes(method({ scale: { min: 0, max: 10, step: 0 } }))).toEqual(['scale.step:method.scale-step']);
    expect(codes(method({ scale: { min: 0, max: 1, step: 0.1 } }))).toEqual(['criteria.0.threshold:method.threshold-out-of-scale']);
  });
  it('refuses thresholds outside the scale', () => {
    expect(codes(method({ overallThreshold: 11 }))).toEqual(['overallThreshold:method.overall-threshold-out-of-scale']);
    expect(codes(method({ overallThreshold: -1 }))).toEqual(['overallThreshold:method.overall-threshold-out-of-scale']);
  });
  it('refuses duplicate or malformed criterion ids and untitled criteria', () => {
    const criteria = [
      { id: 'value', title: t('Value'), weight: 50 },
      { id: 'value', title: { da: '', en: '' }, weight: 50 },
    ];
    expect(codes(method({ criteria, tieBreak: [] }))).toEqual([
      'criteria.1.id:method.criterion-id-duplicate',
      'criteria.1.title:method.criterion-title-missing',
    ]);
    const badId = validateEvaluationMethod(method({ criteria: [{ id: 'Value!', title: t('V'), weight: 100 }], tieBreak: [] }));
    expect(badId).toEqual({ ok: false, issues: [{ path: 'criteria.0.id', code: 'method.criterion-id-invalid' }] });
  });
  it('refuses an empty list of criteria', () => {
    expect(codes(method({ criteria: [], tieBreak: [] }))).toEqual(['criteria:method.criteria-empty', 'weights:method.weights-sum']);
  });
  it('refuses a tie-break order naming unknown or repeated criteria', () => {
    expect(codes(method({ tieBreak: ['value', 'price', 'value'] }))).toEqual([
      'tieBreak.1:method.tie-break-unknown',
      'tieBreak.2:method.tie-break-duplicate',
    ]);
  });
  it('checks mandatory screening rules for form, repetition and, when told, existence', () => {
    expect(codes(method({ mandatoryScreeningRules: ['gdpr.transfer-basis', 'gdpr.transfer-basis', 'Bad Rule'] }))).toEqual([
      'mandatoryScreeningRules.2:method.screening-rule-invalid',
      'mandatoryScreeningRules.1:method.screening-rule-duplicate',
    ]);
    expect(codes(method({ mandatoryScreeningRules: ['security.mfa', 'made-up'] }), ['security.mfa'])).toEqual([
      'mandatoryScreeningRules.1:method.screening-rule-unknown',
    ]);
  });
  it('ties price weight and price model together', () => {
    const criteria = [{ id: 'value', title: t('Value'), weight: 70 }];
    expect(codes(method({ criteria, tieBreak: [], priceWeight: 30 }))).toEqual(['priceModel:method.price-model-missing']);
    expect(codes(method({ priceModel: { kind: 'relative-linear' } }))).toEqual(['priceWeight:method.price-weight-missing']);
    expect(codes(method({ criteria, tieBreak: [], priceWeight: 30, priceModel: { kind: 'relative-proportional' } }))).toEqual([]);
  });
  it('requires an absolute price model to have a positive reference and either a slope or a maximum price', () => {
    const base = { criteria: [{ id: 'value', title: t('Value'), weight: 70 }], tieBreak: [], priceWeight: 30 };
    expect(codes(method({ ...base, priceModel: { kind: 'absolute', referencePrice: 0, maxPrice: 10 } }))).toEqual([
      'priceModel.referencePrice:method.price-reference-invalid',
    ]);
    expect(codes(method({ ...base, priceModel: { kind: 'absolute', referencePrice: 100 } }))).toEqual(['priceModel:method.price-slope-or-max']);
    expect(codes(method({ ...base, priceModel: { kind: 'absolute', referencePrice: 100, slope: 2, maxPrice: 200 } }))).toEqual([
      'priceModel:method.price-slope-or-max',
    ]);
    expect(codes(method({ ...base, priceModel: { kind: 'absolute', referencePrice: 100, maxPrice: 100 } }))).toEqual([
      'priceModel.maxPrice:method.price-max-invalid',
    ]);
    expect(codes(method({ ...base, priceModel: { kind: 'absolute', referencePrice: 100, slope: -1 } }))).toEqual([
      'priceModel.slope:method.price-slope-invalid',
    ]);
  });
  it('requires the disagreement threshold to be a share above 0 and at most 1', () => {
    expect(codes(method({ disagreementThreshold: 0 }))).toEqual(['disagreementThreshold:method.disagreement-threshold-invalid']);
    expect(codes(method({ disagreementThreshold: 1.5 }))).toEqual(['disagreementThreshold:method.disagreement-threshold-invalid']);
    expect(codes(method({ disagreementThreshold: 1 }))).toEqual([]);
  });
  it('reports shape errors before cross-field rules', () => {
    expect(validateEvaluationMethod({ criteria: 'many', scale: { min: 0, max: 10, step: 1 } })).toEqual({
      ok: false,
      issues: [{ path: 'criteria', code: 'field.invalid_type' }],
    });
    expect(validateEvaluationMethod({ ...method(), screeningWeights: { speed: 10 } })).toMatchObject({ ok: false });
  });
});

describe('evaluationMethodSchema', () => {
  it('reports the same cross-field codes as the validator, for use as a request schema', () => {
    const result = parseWithCodes(evaluationMethodSchema, method({ tieBreak: ['nope'] }));
    expect(result).toEqual({ ok: false, issues: [{ path: 'tieBreak.0', code: 'method.tie-break-unknown' }] });
  });
});
