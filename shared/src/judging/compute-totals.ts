import type { Localised } from '../common/localised.js';
import type { CriterionAggregate } from './aggregate-scores.js';
import { SCREENING_AREA_KEYS, type ScaleSpec, type ScoringMethod, type ScreeningAreaKey, type ScreeningAreaScores } from './types.js';

// Floating-point slack for threshold comparisons: 3 must pass a threshold of 3 even when the
// mean of 2.28, 4.77 and 1.95 comes out as 2.9999999999999996.
const THRESHOLD_TOLERANCE = 1e-9;

export type ThresholdReason =
  | { kind: 'criterion'; criterionId: string; score: number; threshold: number }
  | { kind: 'overall'; total: number; threshold: number };

/** A part of the total that has no value yet; it counts as 0 points until it has one. */
export type MissingPart =
  | { kind: 'criterion'; criterionId: string }
  | { kind: 'screening'; area: ScreeningAreaKey }
  | { kind: 'price' };

export interface EntryTotal {
  entryId: string;
  /** Weighted total on 0–100. */
  total: number;
  /** Each criterion's used score rescaled to 0–100; null when missing. */
  criterionPoints: Record<string, number | null>;
  /** Price points (0–100) when the method weighs price. */
  pricePoints: number | null;
  /** Screening area scores (0–100) the method weighs. */
  screening: Partial<Record<ScreeningAreaKey, number | null>>;
  belowThreshold: boolean;
  reasons: ThresholdReason[];
  missing: MissingPart[];
}

export type TotalsMethod = Pick<ScoringMethod, 'criteria' | 'overallThreshold' | 'screeningWeights' | 'priceWeight'>;

/** A criterion score as 0–100 of its scale: (score − min)/(max − min)·100. */
export function scaleToHundred(score: number, scale: ScaleSpec): number {
  if (!(scale.max > scale.min)) throw new RangeError('A scale needs max above min');
  return ((score - scale.min) / (scale.max - scale.min)) * 100;
}

/**
 * Weighted total of one entry: criteria (each on 0–100), screening area scores and price points,
 * weighted by the published weights and divided by their sum, so the total is on 0–100 whatever
 * the weights add up to. Thresholds mark the entry below threshold, with the reasons.
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
  const criterionPoints: Record<string, number | null> = {};
  const reasons: ThresholdReason[] = [];
  const missing: MissingPart[] = [];

  for (const criterion of method.criteria) {
    const used = byCriterion[criterion.id]?.used ?? null;
    weights += criterion.weight;
    if (used === null) {
      criterionPoints[criterion.id] = null;
      missing.push({ kind: 'criterion', criterionId: criterion.id });
      continue;
    }
    const points = scaleToHundred(used, criterion.scale);
    criterionPoints[criterion.id] = points;
    weighted += criterion.weight * points;
    const threshold = criterion.threshold;
    if (threshold !== undefined && threshold !== null && used < threshold - THRESHOLD_TOLERANCE) {
      reasons.push({ kind: 'criterion', criterionId: criterion.id, score: used, threshold });
    }
  }

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
    else weighted += priceWeight * shownPrice;
  }

  const total = weights > 0 ? weighted / weights : 0;
  const overall = method.overallThreshold;
  if (overall !== undefined && overall !== null && total < overall - THRESHOLD_TOLERANCE) {
    reasons.push({ kind: 'overall', total, threshold: overall });
  }
  return {
    entryId,
    total,
    criterionPoints,
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
    const total = formatNumber(reason.total);
    return {
      da: `Samlet score ${total} er under tærsklen ${reason.threshold}.`,
      en: `Total score ${total} is below the threshold of ${reason.threshold}.`,
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
