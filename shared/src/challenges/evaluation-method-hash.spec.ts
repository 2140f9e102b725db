import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../common/sha256.js';
import { canonicalJson } from '../common/canonical-json.js';
import { canonicalEvaluationMethod, evaluationMethodHash } from './evaluation-method-hash.js';
import { evaluationMethodShape, type EvaluationMethodInput } from './evaluation-method.js';

const input: EvaluationMethodInput = {
  criteria: [
    { id: 'value', title: { da: 'Værdi', en: 'Value' }, weight: 60 },
    { id: 'feasibility', title: { da: 'Gennemførlighed', en: 'Feasibility' }, weight: 40 },
  ],
  scale: { min: 0, max: 10, step: 1 },
  mandatoryScreeningRules: ['security.mfa', 'data-protection.transfer-basis'],
};
const parse = (value: EvaluationMethodInput) => evaluationMethodShape.parse(value);

describe('evaluationMethodHash', () => {
  it('is the SHA-256 of the canonical JSON of the canonical form', () => {
    const method = parse(input);
    expect(evaluationMethodHash(method)).toBe(sha256Hex(canonicalJson(canonicalEvaluationMethod(method))));
    expect(evaluationMethodHash(method)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('does not depend on key order, stated defaults or fields that are not part of the method', () => {
    const a = parse(input);
    const b = parse({
      disagreementThreshold: 0.3,
      normalisation: 'raw',
      scale: { step: 1, max: 10, min: 0 },
      criteria: input.criteria,
      mandatoryScreeningRules: ['data-protection.transfer-basis', 'security.mfa'],
    });
    const withExtra = { ...a, id: 'row-17', updatedAt: '2026-01-01' } as typeof a;
    expect(evaluationMethodHash(b)).toBe(evaluationMethodHash(a));
    expect(evaluationMethodHash(withExtra)).toBe(evaluationMethodHash(a));
  });
  it('changes when the criteria are reordered, because order is published', () => {
    const reordered = parse({ ...input, criteria: [input.criteria[1]!, input.criteria[0]!] });
    expect(evaluationMethodHash(reordered)).not.toBe(evaluationMethodHash(parse(input)));
  });
  it('changes with any weight, threshold, scale or price setting', () => {
    const base = evaluationMethodHash(parse(input));
    const variants: EvaluationMethodInput[] = [
      { ...input, criteria: [{ ...input.criteria[0]!, weight: 59 }, { ...input.criteria[1]!, weight: 41 }] },
      { ...input, criteria: [{ ...input.criteria[0]!, threshold: 4 }, input.criteria[1]!] },
      { ...input, scale: { min: 0, max: 10, step: 0.5 } },
      { ...input, overallThreshold: 5 },
      { ...input, normalisation: 'z-score' },
      { ...input, priceModel: { kind: 'relative-linear' } },
      { ...input, disagreementThreshold: 0.25 },
    ];
    for (const variant of variants) expect(evaluationMethodHash(parse(variant))).not.toBe(base);
  });
});
