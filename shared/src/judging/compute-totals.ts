import type { Localised } from '../common/localised.js';
import type { CriterionAggregate } from './aggregate-scores.js';
import { criterionScale } from './criterion-scale.js';
import { HUNDRED_POINTS, type PointsRange } from './price-points.js';
import { SCREENING_AREA_KEYS, type ScaleSpec, type ScoringMethod, type ScreeningAreaKey, type ScreeningAreaScores } from './types.js';

// Floating-point slack for threshold comparisons: 3 must pass a threshold of 3 even when the
// mean of 2.28, 4.77 and 1.95 comes out as 2.9999999999999996.
const THRESHOLD_TOLERANCE = 1e-9;

export type ThresholdReason =
  | { kind: 'criterion'; criterionId: string; score: number; threshold: number }
  | { kind: 'overall'; score: number; threshold: number };

/** A part of the total that has no value yet; it counts as 0 points until it has one. */
export type MissingPart =
  | { kind: 'criterion'; criterionId: string }
  | { kind: 'screening'; area: ScreeningAreaKey }
  | { kind: 'price' };

export interface EntryTotal {
  entryId: string;
  /** Weighted total on 0–100: criteria, screening areas and price by their weights. */
  total: number;
  /** Weighted mean of the criterion scores (criteria weights only) on the method's scale; the
   *  overall threshold applies to this. Missing criteria count as the bottom of the scale. */
  criteriaScore: number;
  /** Price points on the method's scale (0–100 without one) when the method weighs price. */
  pricePoints: number | null;
  /** Screening area scores (0–100) the method weighs. */
  screening: Partial<Record<ScreeningAreaKey, number | null>>;
  belowThreshold: boolean;
  reasons: ThresholdReason[];
  missing: MissingPart[];
}

export type TotalsMethod = Pick<ScoringMethod, 'criteria' | 'scale' | 'overallThreshold' | 'screeningWeights' | 'priceWeight'>;

/** The range price points are given on: the method's scale, or 0–100 when it has none. */
export function priceRange(method: Pick<ScoringMethod, 'scale'>): PointsRange {
  return method.scale ?? HUNDRED_POINTS;
}

/** A criterion score as 0–100 of its scale: (score − min)/(max − min)·100. */
export function scaleToHundred(score: number, scale: Pick<ScaleSpec, 'min' | 'max'>): number {
  if (!(scale.max > scale.min)) throw new RangeError('A scale needs max above min');
  return ((score - scale.min) / (scale.max - scale.min)) * 100;
}

/**
 * Weighted total of one entry: criteria (each on 0–100), screening area scores and price points,
 * weighted by the published weights and divided by their sum, so the total is on 0–100 whatever
 * the weights add up to. Thresholds mark the entry below threshold, with the reasons: a
 * criterion's threshold applies to its used score, the overall threshold to `criteriaScore`.
 */
export function computeEntryTotal(
  entryId: string,
  byCriterion: Readonly<Record<string, CriterionAggregate>>,
  method: TotalsMethod,
  screening: ScreeningAreaScores | undefined,
  pricePoints: number | null | undefined,
): EntryTotal {
  let weighted = 0;
  let weights = 0;
  let criteriaWeighted = 0;
  let criteriaWeights = 0;
  const reasons: ThresholdReason[] = [];
  const missing: MissingPart[] = [];

  for (const criterion of method.criteria) {
    const used = byCriterion[criterion.id]?.used ?? null;
    weights += criterion.weight;
    criteriaWeights += criterion.weight;
    if (used === null) {
      missing.push({ kind: 'criterion', criterionId: criterion.id });
      continue;
    }
    const points = scaleToHundred(used, criterionScale(method, criterion));
    weighted += criterion.weight * points;
    criteriaWeighted += criterion.weight * points;
    const threshold = criterion.threshold;
    if (threshold !== undefined && threshold !== null && used < threshold - THRESHOLD_TOLERANCE) {
      reasons.push({ kind: 'criterion', criterionId: criterion.id, score: used, threshold });
    }
  }
  // Back from 0–100 onto the method's scale; with one common scale this is Σ w·score / Σ w.
  const range = priceRange(method);
  const criteriaScore = range.min + ((criteriaWeights > 0 ? criteriaWeighted / criteriaWeights : 0) / 100) * (range.max - range.min);

  const shownScreening: Partial<Record<ScreeningAreaKey, number | null>> = {};
  for (const area of SCREENING_AREA_KEYS) {
    const weight = method.screeningWeights?.[area];
    if (!weight) continue;
    weights += weight;
    const value = screening?.[area] ?? null;
    shownScreening[area] = value;
    if (value === null) missing.push({ kind: 'screening', area });
    else weighted += weight * value;
  }

  let shownPrice: number | null = null;
  const priceWeight = method.priceWeight ?? 0;
  if (priceWeight) {
    weights += priceWeight;
    shownPrice = pricePoints ?? null;
    if (shownPrice === null) missing.push({ kind: 'price' });
    else weighted += priceWeight * scaleToHundred(shownPrice, range);
  }

  const total = weights > 0 ? weighted / weights : 0;
  const overall = method.overallThreshold;
  if (overall !== undefined && overall !== null && criteriaScore < overall - THRESHOLD_TOLERANCE) {
    reasons.push({ kind: 'overall', score: criteriaScore, threshold: overall });
  }
  return {
    entryId,
    total,
    criteriaScore,
    pricePoints: shownPrice,
    screening: shownScreening,
    belowThreshold: reasons.length > 0,
    reasons,
    missing,
  };
}

/** The text shown beside an entry marked below threshold. */
export function describeThresholdReason(reason: ThresholdReason, criterionName: (id: string) => Localised = (id) => ({ da: id, en: id })): Localised {
  if (reason.kind === 'overall') {
    const score = formatNumber(reason.score);
    return {
      da: `Den samlede kriteriescore ${score} er under tærsklen ${reason.threshold}.`,
      en: `The overall criteria score ${score} is below the threshold of ${reason.threshold}.`,
    };
  }
  const name = criterionName(reason.criterionId);
  const score = formatNumber(reason.score);
  return {
    da: `${name.da}: ${score} er under tærsklen ${reason.threshold}.`,
    en: `${name.en}: ${score} is below the threshold of ${reason.threshold}.`,
  };
}

function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}
