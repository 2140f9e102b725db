import { describe, expect, it } from 'vitest';
import type { PublishedMethodSnapshot } from '../snapshot.js';
import { exampleDecidedSnapshot } from '../testing/example-snapshot.js';
import { awardCriteriaCode, awardCriteriaDetails } from './award-criteria.js';

const method = exampleDecidedSnapshot().challenge.method;

function withKinds(...kinds: Array<'quality' | 'price' | 'cost'>): PublishedMethodSnapshot {
  return {
    ...method,
    criteria: kinds.map((kind, i) => ({ id: `c${i}`, name: { da: kind, en: kind }, weight: 100 / kinds.length, kind, threshold: null })),
  };
}

describe('awardCriteriaCode', () => {
  it('is ratedCriteria for weighted price and quality criteria', () => {
    expect(awardCriteriaCode(method)).toBe('ratedCriteria');
  });

  it('names a method with a single kind of criterion by that kind', () => {
    expect(awardCriteriaCode(withKinds('price'))).toBe('priceOnly');
    expect(awardCriteriaCode(withKinds('cost'))).toBe('costOnly');
    expect(awardCriteriaCode(withKinds('quality', 'quality'))).toBe('qualityOnly');
  });

  it('ignores criteria with no weight', () => {
    const m = withKinds('quality', 'price');
    m.criteria[1] = { ...m.criteria[1]!, weight: 0 };
    expect(awardCriteriaCode(m)).toBe('qualityOnly');
  });
});

describe('awardCriteriaDetails', () => {
  it('states the criteria, weights, thresholds, scale and the method hash in Danish', () => {
    const text = awardCriteriaDetails(method, 'da');
    expect(text).toContain('Løsningens kvalitet 40 % (mindst 3)');
    expect(text).toContain('Pris 30 %');
    expect(text).toContain('Skala 0–5 i trin på 0,5.');
    expect(text).toContain('Mindste vægtede gennemsnit af kriterierne (på skalaen): 2,5.');
    expect(text).toContain(`SHA-256 ${method.hash}`);
    expect(text).toContain('2026-08-24T08:00:00Z');
  });

  it('is written in English when asked', () => {
    const text = awardCriteriaDetails(method, 'en');
    expect(text).toContain('Quality of the solution 40 % (at least 3)');
    expect(text).toContain('Scale 0–5 in steps of 0.5.');
  });
});
