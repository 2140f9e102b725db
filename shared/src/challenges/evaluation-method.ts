import { z } from 'zod';
import type { ScreeningArea } from '../screening/ruleset-types.js';
import { challengeCode } from './messages.js';
import { parseWithCodes } from './parse-with-codes.js';
import { splitPath, type ValidationIssue } from './validation-issue.js';

// The evaluation method is published before anyone submits and frozen at publication
// (udbudsloven §§ 160 and 165): every weight, scale, threshold and price formula is here.
export const CRITERION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SCREENING_RULE_ID = /^[a-z0-9][a-z0-9._-]*$/;
export const NORMALISATIONS = ['raw', 'z-score'] as const;
export const CONSENSUS_MODES = ['flagged', 'all'] as const;
export const PRICE_MODEL_KINDS = ['none', 'absolute', 'relative-linear', 'relative-proportional'] as const;
export const DEFAULT_DISAGREEMENT_THRESHOLD = 0.3;
const WEIGHT_TOLERANCE = 1e-9;

const localisedText = (max: number) =>
  z.object({
    da: z.string().trim().max(max, challengeCode('field.too_big')),
    en: z.string().trim().max(max, challengeCode('field.too_big')),
  });

export const criterionSchema = z.object({
  id: z.string().max(64, challengeCode('method.criterion-id-invalid')).regex(CRITERION_ID, challengeCode('method.criterion-id-invalid')),
  title: localisedText(200),
  description: localisedText(4000).default({ da: '', en: '' }),
  /** Percentage of the total; criteria, screening areas and price share the 100. */
  weight: z.number(),
  /** Minimum score on this criterion; an entry below it is not ranked. */
  threshold: z.number().optional(),
});

export const scaleSchema = z.object({ min: z.number(), max: z.number(), step: z.number() });

// Absolute: full points at or below the reference price, then either `slope` scale points lost
// per 100 % above the reference, or a straight line down to the scale minimum at `maxPrice`.
export const priceModelSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('none') }),
    z.object({
      kind: z.literal('absolute'),
      referencePrice: z.number(),
      slope: z.number().optional(),
      maxPrice: z.number().optional(),
    }),
    z.object({ kind: z.literal('relative-linear') }),
    z.object({ kind: z.literal('relative-proportional') }),
  ],
  challengeCode('method.price-model-invalid'),
);

export const screeningWeightsSchema = z.strictObject({
  security: z.number().optional(),
  'data-protection': z.number().optional(),
  climate: z.number().optional(),
  sovereignty: z.number().optional(),
});

export const evaluationMethodShape = z.object({
  criteria: z.array(criterionSchema).max(50, challengeCode('field.too_big')),
  scale: scaleSchema,
  /** Minimum of the weighted mean of the criterion scores (criteria weights only), on the scale. */
  overallThreshold: z.number().optional(),
  /** Screening rules an entry must pass to be evaluated at all. */
  mandatoryScreeningRules: z.array(z.string().trim()).max(200, challengeCode('field.too_big')).default([]),
  screeningWeights: screeningWeightsSchema.optional(),
  priceWeight: z.number().optional(),
  /** Criterion ids compared in this order when totals are equal. */
  tieBreak: z.array(z.string()).default([]),
  normalisation: z.enum(NORMALISATIONS).default('raw'),
  priceModel: priceModelSchema.default({ kind: 'none' }),
  /** 'flagged': jurors discuss only flagged disagreements; 'all': every entry gets a consensus. */
  consensus: z.enum(CONSENSUS_MODES).default('flagged'),
  /** Jurors disagree when their scores differ by more than this share of the scale's range. */
  disagreementThreshold: z.number().default(DEFAULT_DISAGREEMENT_THRESHOLD),
  /** Yearly kg CO2e the climate score is measured against; without it there is no climate score. */
  climateReferenceKgPerYear: z.number().optional(),
});

export type EvaluationMethodInput = z.input<typeof evaluationMethodShape>;
export type EvaluationMethod = z.output<typeof evaluationMethodShape>;
export type Criterion = EvaluationMethod['criteria'][number];
export type Scale = EvaluationMethod['scale'];
export type PriceModel = EvaluationMethod['priceModel'];
export type Normalisation = (typeof NORMALISATIONS)[number];
export type ConsensusMode = (typeof CONSENSUS_MODES)[number];

export type MethodCode =
  | 'method.criteria-empty'
  | 'method.criterion-id-duplicate'
  | 'method.criterion-title-missing'
  | 'method.weight-invalid'
  | 'method.weights-sum'
  | 'method.scale-range'
  | 'method.scale-step'
  | 'method.threshold-out-of-scale'
  | 'method.overall-threshold-out-of-scale'
  | 'method.screening-rule-invalid'
  | 'method.screening-rule-duplicate'
  | 'method.screening-rule-unknown'
  | 'method.tie-break-unknown'
  | 'method.tie-break-duplicate'
  | 'method.price-model-missing'
  | 'method.price-weight-missing'
  | 'method.price-reference-invalid'
  | 'method.price-slope-or-max'
  | 'method.price-slope-invalid'
  | 'method.price-max-invalid'
  | 'method.disagreement-threshold-invalid'
  | 'method.climate-reference-invalid';

export interface MethodValidationOptions {
  /** Ids of the rules the screening ruleset offers; when given, unknown mandatory rules are refused. */
  knownScreeningRules?: readonly string[];
}

/** Sum of every weight in the method: criteria, screening areas and price. */
export function totalWeight(method: Pick<EvaluationMethod, 'criteria' | 'screeningWeights' | 'priceWeight'>): number {
  const criteria = method.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const screening = Object.values(method.screeningWeights ?? {}).reduce<number>((sum, weight) => sum + (weight ?? 0), 0);
  return criteria + screening + (method.priceWeight ?? 0);
}

function stepDividesRange(scale: Scale): boolean {
  const steps = (scale.max - scale.min) / scale.step;
  return Math.abs(steps - Math.round(steps)) <= WEIGHT_TOLERANCE * Math.max(1, steps);
}

function withinScale(value: number, scale: Scale): boolean {
  return value >= scale.min && value <= scale.max;
}

function duplicates(values: readonly string[]): Set<number> {
  const seen = new Set<string>();
  const dupes = new Set<number>();
  values.forEach((value, i) => (seen.has(value) ? dupes.add(i) : seen.add(value)));
  return dupes;
}

/** Rules across fields that a shape check cannot see. */
export function methodIssues(method: EvaluationMethod, options: MethodValidationOptions = {}): ValidationIssue<MethodCode>[] {
  const issues: ValidationIssue<MethodCode>[] = [];
  const add = (path: string, code: MethodCode) => issues.push({ path, code });
  const { scale } = method;
  const scaleOk = scale.min < scale.max && scale.step > 0 && stepDividesRange(scale);
  if (scale.min >= scale.max) add('scale.max', 'method.scale-range');
  else if (scale.step <= 0 || !stepDividesRange(scale)) add('scale.step', 'method.scale-step');

  if (method.criteria.length === 0) add('criteria', 'method.criteria-empty');
  const ids = method.criteria.map((criterion) => criterion.id);
  for (const i of duplicates(ids)) add(`criteria.${i}.id`, 'method.criterion-id-duplicate');
  method.criteria.forEach((criterion, i) => {
    if (!criterion.title.da && !criterion.title.en) add(`criteria.${i}.title`, 'method.criterion-title-missing');
    if (!(criterion.weight > 0 && criterion.weight <= 100)) add(`criteria.${i}.weight`, 'method.weight-invalid');
    if (scaleOk && criterion.threshold !== undefined && !withinScale(criterion.threshold, scale)) {
      add(`criteria.${i}.threshold`, 'method.threshold-out-of-scale');
    }
  });
  if (scaleOk && method.overallThreshold !== undefined && !withinScale(method.overallThreshold, scale)) {
    add('overallThreshold', 'method.overall-threshold-out-of-scale');
  }

  const screeningWeights = Object.entries(method.screeningWeights ?? {}) as [ScreeningArea, number | undefined][];
  for (const [area, weight] of screeningWeights) {
    if (weight !== undefined && !(weight >= 0 && weight <= 100)) add(`screeningWeights.${area}`, 'method.weight-invalid');
  }
  const priceWeight = method.priceWeight ?? 0;
  if (!(priceWeight >= 0 && priceWeight <= 100)) add('priceWeight', 'method.weight-invalid');
  if (Math.abs(totalWeight(method) - 100) > WEIGHT_TOLERANCE) add('weights', 'method.weights-sum');

  const model = method.priceModel;
  if (priceWeight > 0 && model.kind === 'none') add('priceModel', 'method.price-model-missing');
  if (model.kind !== 'none' && !(priceWeight > 0)) add('priceWeight', 'method.price-weight-missing');
  if (model.kind === 'absolute') {
    if (!(model.referencePrice > 0)) add('priceModel.referencePrice', 'method.price-reference-invalid');
    if ((model.slope === undefined) === (model.maxPrice === undefined)) add('priceModel', 'method.price-slope-or-max');
    else if (model.slope !== undefined && !(model.slope > 0)) add('priceModel.slope', 'method.price-slope-invalid');
    else if (model.maxPrice !== undefined && !(model.maxPrice > model.referencePrice)) add('priceModel.maxPrice', 'method.price-max-invalid');
  }

  const known = options.knownScreeningRules ? new Set(options.knownScreeningRules) : null;
  method.mandatoryScreeningRules.forEach((rule, i) => {
    if (!SCREENING_RULE_ID.test(rule) || rule.length > 100) add(`mandatoryScreeningRules.${i}`, 'method.screening-rule-invalid');
    else if (known && !known.has(rule)) add(`mandatoryScreeningRules.${i}`, 'method.screening-rule-unknown');
  });
  for (const i of duplicates(method.mandatoryScreeningRules)) add(`mandatoryScreeningRules.${i}`, 'method.screening-rule-duplicate');

  const idSet = new Set(ids);
  method.tieBreak.forEach((id, i) => {
    if (!idSet.has(id)) add(`tieBreak.${i}`, 'method.tie-break-unknown');
  });
  for (const i of duplicates(method.tieBreak)) add(`tieBreak.${i}`, 'method.tie-break-duplicate');

  if (method.climateReferenceKgPerYear !== undefined && !(method.climateReferenceKgPerYear > 0)) {
    add('climateReferenceKgPerYear', 'method.climate-reference-invalid');
  }
  const share = method.disagreementThreshold;
  if (!(share > 0 && share <= 1)) add('disagreementThreshold', 'method.disagreement-threshold-invalid');
  return issues;
}

/** The complete schema: shape plus every cross-field rule, each reported as a code. */
export const evaluationMethodSchema = evaluationMethodShape.superRefine((method, ctx) => {
  for (const issue of methodIssues(method)) {
    ctx.addIssue({ code: 'custom', message: issue.code, path: splitPath(issue.path) });
  }
});

export type MethodValidation = { ok: true; method: EvaluationMethod } | { ok: false; issues: ValidationIssue[] };

export function validateEvaluationMethod(input: unknown, options: MethodValidationOptions = {}): MethodValidation {
  const shape = parseWithCodes(evaluationMethodShape, input);
  if (!shape.ok) return shape;
  const issues = methodIssues(shape.value, options);
  return issues.length === 0 ? { ok: true, method: shape.value } : { ok: false, issues };
}
