import { buildScoreTable, type ScoreTable } from './score-table.js';
import type { Score } from './types.js';

export type AlphaMetric = 'interval' | 'nominal';

/** Krippendorff's reading of alpha: ≥ 0.800 reliable, ≥ 0.667 only for tentative conclusions. */
export const ALPHA_RELIABLE = 0.8;
export const ALPHA_TENTATIVE = 0.667;

/**
 * Krippendorff's alpha over units (here: entries), each holding the values the coders (jurors)
 * gave it; coders who did not rate a unit simply contribute no value. Follows the coincidence
 * matrix formulation: units with fewer than 2 values are not pairable and are dropped.
 * Returns null when alpha is undefined: fewer than 2 pairable values, or no variation at all.
 *
 * Interval metric in O(values) via per-unit sums: within a unit of m values the squared
 * differences over ordered pairs add up to 2·(m·Σx² − (Σx)²), so
 * α = 1 − (n − 1)·Σ_u [2(m_u·Σx² − (Σx)²)/(m_u − 1)] / [2(n·Σx² − (Σx)²)] over all n pairable values.
 */
export function krippendorffAlpha(units: readonly (readonly number[])[], metric: AlphaMetric = 'interval'): number | null {
  const pairable = units.filter((u) => u.length >= 2);
  return metric === 'interval' ? intervalAlpha(pairable) : nominalAlpha(pairable);
}

function intervalAlpha(units: readonly (readonly number[])[]): number | null {
  let n = 0;
  let shift = 0;
  for (const u of units) {
    n += u.length;
    for (const x of u) shift += x;
  }
  if (n < 2) return null;
  // Working with deviations from the mean avoids cancellation in m·Σx² − (Σx)².
  shift /= n;
  let within = 0;
  let total1 = 0;
  let total2 = 0;
  for (const u of units) {
    let s1 = 0;
    let s2 = 0;
    for (const x of u) {
      const d = x - shift;
      s1 += d;
      s2 += d * d;
    }
    within += (u.length * s2 - s1 * s1) / (u.length - 1);
    total1 += s1;
    total2 += s2;
  }
  return alphaFrom(n, within, n * total2 - total1 * total1);
}

/**
 * Interval alpha a unit at a time, for a report that reads the scores in batches and cannot hold
 * them all: it keeps four numbers, whatever the number of units. Each unit's spread is taken
 * around its own mean and the units are combined by Chan et al.'s pairwise update, so no sum of
 * squares is taken far from its mean: scores that are all equal give null, as krippendorffAlpha
 * does, and the result differs from krippendorffAlpha's only by rounding.
 */
export class IntervalAlphaAccumulator {
  private n = 0;
  private within = 0;
  private mean = 0;
  /** Sum of squared deviations of all values added from their mean. */
  private spread = 0;

  /** The values one unit (entry) received; a unit with fewer than 2 is not pairable and ignored. */
  add(unit: readonly number[]): void {
    const m = unit.length;
    if (m < 2) return;
    let sum = 0;
    for (const x of unit) sum += x;
    const unitMean = sum / m;
    let squares = 0;
    for (const x of unit) squares += (x - unitMean) * (x - unitMean);
    // krippendorffAlpha's (m·Σx² − (Σx)²)/(m − 1), which is m·Σ(x − x̄)²/(m − 1).
    this.within += (m * squares) / (m - 1);
    const delta = unitMean - this.mean;
    const n = this.n + m;
    this.spread += squares + (delta * delta * this.n * m) / n;
    this.mean += (delta * m) / n;
    this.n = n;
  }

  /** Alpha over the units added so far, or null when it is undefined (see krippendorffAlpha). */
  alpha(): number | null {
    if (this.n < 2) return null;
    return alphaFrom(this.n, this.within, this.n * this.spread);
  }
}

function nominalAlpha(units: readonly (readonly number[])[]): number | null {
  let n = 0;
  let within = 0;
  const overall = new Map<number, number>();
  for (const u of units) {
    const counts = new Map<number, number>();
    for (const x of u) counts.set(x, (counts.get(x) ?? 0) + 1);
    let sameSquares = 0;
    for (const [value, c] of counts) {
      sameSquares += c * c;
      overall.set(value, (overall.get(value) ?? 0) + c);
    }
    // Ordered pairs of unequal values within the unit, each weighted 1/(m − 1).
    within += (u.length * u.length - sameSquares) / (u.length - 1);
    n += u.length;
  }
  if (n < 2) return null;
  let overallSquares = 0;
  for (const c of overall.values()) overallSquares += c * c;
  return alphaFrom(n, within, n * n - overallSquares);
}

/** α = 1 − D_o/D_e with D_o = within/n and D_e = between/(n(n − 1)). */
function alphaFrom(n: number, within: number, between: number): number | null {
  if (!(between > 1e-12 * n * n)) return null;
  return 1 - ((n - 1) * within) / between;
}

export interface CriterionAgreement {
  alpha: number | null;
  /** Entries with at least two scores: the ones alpha is computed over. */
  units: number;
  /** Scores in those entries. */
  values: number;
}

/**
 * Interval alpha per criterion over jurors × entries, from the flat score list in one pass per
 * criterion (per-unit sums, no pair enumeration), so 300,000 scores take milliseconds.
 */
export function agreementByCriterion(scores: readonly Score[], criterionIds: readonly string[] = []): Record<string, CriterionAgreement> {
  return agreementFromTable(buildScoreTable(scores, criterionIds));
}

export function agreementFromTable(table: ScoreTable): Record<string, CriterionAgreement> {
  const entries = table.entryIds.length;
  const criteria = table.criterionIds.length;
  const count = new Int32Array(entries * criteria);
  const mean = new Float64Array(criteria);
  const perCriterion = new Int32Array(criteria);
  for (let i = 0; i < table.size; i++) {
    count[table.criterion[i] * entries + table.entry[i]]++;
    mean[table.criterion[i]] += table.value[i];
    perCriterion[table.criterion[i]]++;
  }
  for (let c = 0; c < criteria; c++) mean[c] /= perCriterion[c] || 1;
  // Per-unit sums of deviations from the criterion mean (see krippendorffAlpha).
  const s1 = new Float64Array(entries * criteria);
  const s2 = new Float64Array(entries * criteria);
  for (let i = 0; i < table.size; i++) {
    const g = table.criterion[i] * entries + table.entry[i];
    if (count[g] < 2) continue;
    const d = table.value[i] - mean[table.criterion[i]];
    s1[g] += d;
    s2[g] += d * d;
  }
  const result: Record<string, CriterionAgreement> = {};
  for (let c = 0; c < criteria; c++) {
    let n = 0;
    let units = 0;
    let within = 0;
    let total1 = 0;
    let total2 = 0;
    for (let e = 0; e < entries; e++) {
      const g = c * entries + e;
      const m = count[g];
      if (m < 2) continue;
      units++;
      n += m;
      within += (m * s2[g] - s1[g] * s1[g]) / (m - 1);
      total1 += s1[g];
      total2 += s2[g];
    }
    result[table.criterionIds[c]] = { alpha: n < 2 ? null : alphaFrom(n, within, n * total2 - total1 * total1), units, values: n };
  }
  return result;
}
