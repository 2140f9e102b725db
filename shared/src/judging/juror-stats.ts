import { compareStrings } from './compare-strings.js';
import { buildScoreTable } from './score-table.js';
import type { CriterionSpec, ScaleSpec, Score } from './types.js';

/** Default: flag an entry for consensus when jurors' scores differ by more than 30% of the scale. */
export const DEFAULT_DISAGREEMENT_SHARE = 0.3;

export interface JurorSummary {
  count: number;
  mean: number;
  /** Population standard deviation of the juror's scores. */
  spread: number;
  /**
   * Mean of (own score − mean of the other jurors' scores on the same entry and criterion):
   * negative means stricter than the rest of the panel. Null when the juror shares no entry.
   */
  severity: number | null;
  /** How many of the juror's scores had other jurors' scores to compare with. */
  severityBasis: number;
}

export interface JurorStats extends JurorSummary {
  jurorId: string;
  byCriterion: Record<string, JurorSummary>;
}

/** Severity, spread and count per juror, overall and per criterion; sorted by juror id. */
export function jurorStats(scores: readonly Score[]): JurorStats[] {
  const table = buildScoreTable(scores);
  const entries = table.entryIds.length;
  const criteria = table.criterionIds.length;
  const jurors = table.jurorIds.length;
  const cellSum = new Float64Array(entries * criteria);
  const cellCount = new Int32Array(entries * criteria);
  for (let i = 0; i < table.size; i++) {
    const g = table.criterion[i] * entries + table.entry[i];
    cellSum[g] += table.value[i];
    cellCount[g]++;
  }
  // Per juror (slot 0) and per juror × criterion (slots 1..criteria): count, Σx, Σx², Σoffset, offsets.
  const slots = jurors * (criteria + 1);
  const count = new Int32Array(slots);
  const sum = new Float64Array(slots);
  const squares = new Float64Array(slots);
  const offset = new Float64Array(slots);
  const basis = new Int32Array(slots);
  for (let i = 0; i < table.size; i++) {
    const x = table.value[i];
    const g = table.criterion[i] * entries + table.entry[i];
    const others = cellCount[g] - 1;
    for (const slot of [table.juror[i] * (criteria + 1), table.juror[i] * (criteria + 1) + 1 + table.criterion[i]]) {
      count[slot]++;
      sum[slot] += x;
      squares[slot] += x * x;
      if (others > 0) {
        offset[slot] += x - (cellSum[g] - x) / others;
        basis[slot]++;
      }
    }
  }
  const summary = (slot: number): JurorSummary => {
    const mean = sum[slot] / count[slot];
    return {
      count: count[slot],
      mean,
      spread: Math.sqrt(Math.max(0, squares[slot] / count[slot] - mean * mean)),
      severity: basis[slot] ? offset[slot] / basis[slot] : null,
      severityBasis: basis[slot],
    };
  };
  const result: JurorStats[] = table.jurorIds.map((jurorId, j) => {
    const byCriterion: Record<string, JurorSummary> = {};
    for (let c = 0; c < criteria; c++) {
      const slot = j * (criteria + 1) + 1 + c;
      if (count[slot]) byCriterion[table.criterionIds[c]] = summary(slot);
    }
    return { jurorId, ...summary(j * (criteria + 1)), byCriterion };
  });
  return result.sort((a, b) => compareStrings(a.jurorId, b.jurorId));
}

export interface HistogramBin {
  value: number;
  count: number;
}

export interface JurorHistogram {
  jurorId: string;
  bins: HistogramBin[];
}

/**
 * Each juror's score distribution over the points of a scale (min, min + step, …, max), for the
 * fairness chart. Pass the scores of one criterion, or of criteria sharing the scale. Values
 * between steps count toward the nearest step.
 */
export function jurorScoreHistograms(scores: readonly Score[], scale: ScaleSpec): JurorHistogram[] {
  const step = scale.step && scale.step > 0 ? scale.step : 1;
  const binCount = Math.round((scale.max - scale.min) / step) + 1;
  const byJuror = new Map<string, Int32Array>();
  for (const score of scores) {
    let bins = byJuror.get(score.jurorId);
    if (!bins) byJuror.set(score.jurorId, (bins = new Int32Array(binCount)));
    const bin = Math.min(binCount - 1, Math.max(0, Math.round((score.value - scale.min) / step)));
    bins[bin]++;
  }
  return [...byJuror.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([jurorId, bins]) => ({
      jurorId,
      bins: Array.from(bins, (count, k) => ({ value: roundToStep(scale.min + k * step), count })),
    }));
}

export interface Disagreement {
  entryId: string;
  criterionId: string;
  lowest: number;
  highest: number;
  /** highest − lowest; above `limit` the entry goes to the chair for consensus. */
  range: number;
  limit: number;
  jurorIds: string[];
}

/**
 * Entries where jurors' scores for a criterion differ by more than `thresholdShare` of the scale
 * (max − min of the scale). Pass one scale for all criteria, or the criteria with their scales.
 * Sorted by entry id, then criterion id.
 */
export function flagDisagreements(
  scores: readonly Score[],
  scale: ScaleSpec | readonly Pick<CriterionSpec, 'id' | 'scale'>[],
  thresholdShare = DEFAULT_DISAGREEMENT_SHARE,
): Disagreement[] {
  const scaleOf = (criterionId: string): ScaleSpec | undefined =>
    isScaleList(scale) ? scale.find((c) => c.id === criterionId)?.scale : scale;
  const cells = new Map<string, { entryId: string; criterionId: string; lowest: number; highest: number; jurorIds: string[] }>();
  for (const s of scores) {
    const key = `${s.entryId}\u0000${s.criterionId}`;
    const cell = cells.get(key);
    if (!cell) cells.set(key, { entryId: s.entryId, criterionId: s.criterionId, lowest: s.value, highest: s.value, jurorIds: [s.jurorId] });
    else {
      cell.lowest = Math.min(cell.lowest, s.value);
      cell.highest = Math.max(cell.highest, s.value);
      cell.jurorIds.push(s.jurorId);
    }
  }
  const flagged: Disagreement[] = [];
  for (const cell of cells.values()) {
    const criterionScale = scaleOf(cell.criterionId);
    if (!criterionScale) continue;
    const limit = thresholdShare * (criterionScale.max - criterionScale.min);
    const range = cell.highest - cell.lowest;
    // The tolerance keeps a range exactly at the limit (e.g. 1.5 of 0–5 at 30%) unflagged.
    if (range > limit + 1e-9) flagged.push({ ...cell, range, limit, jurorIds: [...cell.jurorIds].sort(compareStrings) });
  }
  return flagged.sort((a, b) => compareStrings(a.entryId, b.entryId) || compareStrings(a.criterionId, b.criterionId));
}

function isScaleList(scale: ScaleSpec | readonly Pick<CriterionSpec, 'id' | 'scale'>[]): scale is readonly Pick<CriterionSpec, 'id' | 'scale'>[] {
  return Array.isArray(scale);
}

function roundToStep(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
