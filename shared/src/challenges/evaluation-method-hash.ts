import { hashCanonical } from '../common/sha256.js';
import type { EvaluationMethod } from './evaluation-method.js';

// The hash published with the challenge lets anyone check later that the method used was the
// one published. Only the method's own fields count (never database columns that ride along),
// defaults are filled in by the schema first, and canonical JSON sorts object keys. Arrays keep
// their order, because criteria and tie-break order carry meaning; the mandatory screening
// rules are a set, so they are sorted.
export const EVALUATION_METHOD_FORMAT = 'fairpitch.evaluation-method/1';

export function canonicalEvaluationMethod(method: EvaluationMethod): Record<string, unknown> {
  return {
    format: EVALUATION_METHOD_FORMAT,
    criteria: method.criteria.map((criterion) => ({
      id: criterion.id,
      title: { da: criterion.title.da, en: criterion.title.en },
      description: { da: criterion.description.da, en: criterion.description.en },
      weight: criterion.weight,
      threshold: criterion.threshold,
    })),
    scale: { min: method.scale.min, max: method.scale.max, step: method.scale.step },
    overallThreshold: method.overallThreshold,
    mandatoryScreeningRules: method.mandatoryScreeningRules.toSorted(),
    screeningWeights: method.screeningWeights && {
      security: method.screeningWeights.security,
      'data-protection': method.screeningWeights['data-protection'],
      climate: method.screeningWeights.climate,
      sovereignty: method.screeningWeights.sovereignty,
    },
    priceWeight: method.priceWeight,
    tieBreak: [...method.tieBreak],
    normalisation: method.normalisation,
    priceModel:
      method.priceModel.kind === 'absolute'
        ? {
            kind: 'absolute',
            referencePrice: method.priceModel.referencePrice,
            slope: method.priceModel.slope,
            maxPrice: method.priceModel.maxPrice,
          }
        : { kind: method.priceModel.kind },
    consensus: method.consensus,
    disagreementThreshold: method.disagreementThreshold,
    climateReferenceKgPerYear: method.climateReferenceKgPerYear,
  };
}

/** SHA-256 (hex) of the canonical evaluation method; shown and stored at publication. */
export function evaluationMethodHash(method: EvaluationMethod): string {
  return hashCanonical(canonicalEvaluationMethod(method));
}
