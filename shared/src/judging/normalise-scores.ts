import { compareStrings } from './compare-strings.js';
import { buildScoreTable, groupRows, type ScoreTable } from './score-table.js';
import type { ScaleSpec, Score } from './types.js';

/** Below this many scores on a criterion a juror's own mean and spread say too little to correct. */
export const MIN_SCORES_FOR_NORMALISATION = 3;

export type KeptRawReason = 'too-few-scores' | 'no-spread';

/** A juror whose scores on a criterion were used raw, and why. Shown beside the results. */
export interface KeptRawFlag {
  jurorId: string;
  criterionId: string;
  reason: KeptRawReason;
  count: number;
}

export interface CriterionDistribution {
  mean: number;
  /** Population standard deviation (divide by n): the panel's scores are the whole population
   *  being rescaled, not a sample of a larger one. */
  sd: number;
  count: number;
}

export interface NormalisedScores {
  /** The normalised value of each input score, in input order, clamped to the criterion's scale. */
  values: Float64Array;
  /** Each score's z value within its juror and criterion, in input order; NaN where kept raw. */
  z: Float64Array;
  /** Jurors × criteria that kept raw scores, sorted by criterion id then juror id. */
  keptRaw: KeptRawFlag[];
  /** μ_g and σ_g per criterion: the anchor each juror's z values are mapped back onto. */
  anchors: Record<string, CriterionDistribution>;
}

export interface NormaliseOptions {
  /** Fixed anchors per criterion instead of the panel's own mean and SD (e.g. published ones). */
  anchors?: Readonly<Record<string, { mean: number; sd: number }>>;
}

/** Criteria with the scale each is scored on (see criteriaWithScales). */
export type CriterionScales = readonly { id: string; scale: ScaleSpec }[];

/**
 * Corrects juror severity per criterion: z = (x − μ_j)/σ_j, mapped back to the scale as
 * μ_g + σ_g·z and clamped to the scale. Means and SDs are population statistics. A juror with
 * fewer than 3 scores on the criterion, or whose scores are all equal, keeps raw scores (flagged).
 */
export function normaliseScores(
  scores: readonly Score[],
  criteria: CriterionScales,
  options: NormaliseOptions = {},
): NormalisedScores {
  return normaliseTable(buildScoreTable(scores, criteria.map((c) => c.id)), criteria, options);
}

export function normaliseTable(table: ScoreTable, criteria: CriterionScales, options: NormaliseOptions = {}): NormalisedScores {
  const { size, value, juror, criterion, criterionIds, jurorIds } = table;
  const jurorCount = jurorIds.length;
  const criterionCount = criterionIds.length;
  const values = new Float64Array(size);
  const z = new Float64Array(size).fill(Number.NaN);
  const keptRaw: KeptRawFlag[] = [];
  const anchors: Record<string, CriterionDistribution> = {};

  const lower = new Float64Array(criterionCount).fill(Number.NEGATIVE_INFINITY);
  const upper = new Float64Array(criterionCount).fill(Number.POSITIVE_INFINITY);
  for (const spec of criteria) {
    const c = criterionIds.indexOf(spec.id);
    if (c >= 0) {
      lower[c] = spec.scale.min;
      upper[c] = spec.scale.max;
    }
  }

  const byCriterion = groupRows(table, criterion, criterionCount);
  const globalMean = new Float64Array(criterionCount);
  const globalSd = new Float64Array(criterionCount);
  for (let c = 0; c < criterionCount; c++) {
    const stats = distribution(value, byCriterion.rows, byCriterion.start[c], byCriterion.start[c + 1]);
    const fixed = options.anchors?.[criterionIds[c]];
    globalMean[c] = fixed ? fixed.mean : stats.mean;
    globalSd[c] = fixed ? fixed.sd : stats.sd;
    anchors[criterionIds[c]] = { mean: globalMean[c], sd: globalSd[c], count: stats.count };
  }

  const key = new Int32Array(size);
  for (let i = 0; i < size; i++) key[i] = criterion[i] * jurorCount + juror[i];
  const byJuror = groupRows(table, key, criterionCount * jurorCount);
  for (let g = 0; g < criterionCount * jurorCount; g++) {
    const from = byJuror.start[g];
    const to = byJuror.start[g + 1];
    if (from === to) continue;
    const c = Math.floor(g / jurorCount);
    const stats = distribution(value, byJuror.rows, from, to);
    const reason = stats.count < MIN_SCORES_FOR_NORMALISATION ? 'too-few-scores' : stats.constant ? 'no-spread' : null;
    if (reason) {
      keptRaw.push({ jurorId: jurorIds[g % jurorCount], criterionId: criterionIds[c], reason, count: stats.count });
      for (let r = from; r < to; r++) values[byJuror.rows[r]] = value[byJuror.rows[r]];
      continue;
    }
    for (let r = from; r < to; r++) {
      const i = byJuror.rows[r];
      const zi = (value[i] - stats.mean) / stats.sd;
      z[i] = zi;
      values[i] = Math.min(upper[c], Math.max(lower[c], globalMean[c] + globalSd[c] * zi));
    }
  }
  keptRaw.sort((a, b) => compareStrings(a.criterionId, b.criterionId) || compareStrings(a.jurorId, b.jurorId));
  return { values, z, keptRaw, anchors };
}

function distribution(
  value: Float64Array,
  rows: Int32Array,
  from: number,
  to: number,
): CriterionDistribution & { constant: boolean } {
  const count = to - from;
  if (count === 0) return { mean: Number.NaN, sd: Number.NaN, count, constant: true };
  // Rows come in the table's canonical order, so these sums do not depend on input order.
  let sum = 0;
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  for (let r = from; r < to; r++) {
    const x = value[rows[r]];
    sum += x;
    if (x < lowest) lowest = x;
    if (x > highest) highest = x;
  }
  const mean = sum / count;
  let squares = 0;
  for (let r = from; r < to; r++) squares += (value[rows[r]] - mean) ** 2;
  return { mean, sd: Math.sqrt(squares / count), count, constant: lowest === highest };
}
