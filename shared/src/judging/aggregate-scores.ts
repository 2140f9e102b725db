import { criteriaWithScales } from './criterion-scale.js';
import { normaliseTable, type CriterionDistribution, type KeptRawFlag } from './normalise-scores.js';
import { buildScoreTable, groupRows, type ScoreTable } from './score-table.js';
import type { ConsensusScore, Score, ScoringMethod } from './types.js';

export interface CriterionAggregate {
  /** How many juror scores the aggregate rests on. */
  count: number;
  /** Mean of the raw scores; null when nobody scored it. */
  mean: number | null;
  median: number | null;
  /** Mean of the normalised scores. */
  normalised: number | null;
  /** The chair's consensus score, when one was recorded. */
  consensus?: number;
  /** What feeds the total: the consensus if present, else the mean or normalised mean as the method says. */
  used: number | null;
}

export interface AggregatedScores {
  /** Per entry, per criterion of the method. Entries appear when scored, given a consensus or listed. */
  entries: Map<string, Record<string, CriterionAggregate>>;
  keptRaw: KeptRawFlag[];
  anchors: Record<string, CriterionDistribution>;
}

export type AggregationMethod = Pick<ScoringMethod, 'criteria' | 'normalisation' | 'scale'>;

/**
 * Mean and median of raw scores and mean of normalised scores per entry and criterion; a
 * consensus score replaces the aggregate where present. Both raw and normalised are returned so
 * either can be shown; the method's normalisation decides which one is `used`.
 */
export function aggregateScores(
  scores: readonly Score[],
  method: AggregationMethod,
  consensus: readonly ConsensusScore[] = [],
  entryIds: readonly string[] = [],
): AggregatedScores {
  return aggregateTable(buildScoreTable(scores, method.criteria.map((c) => c.id)), method, consensus, entryIds);
}

/** aggregateScores over a table built with the method's criteria as known criteria. */
export function aggregateTable(
  table: ScoreTable,
  method: AggregationMethod,
  consensus: readonly ConsensusScore[] = [],
  entryIds: readonly string[] = [],
): AggregatedScores {
  const criterionIds = method.criteria.map((c) => c.id);
  const { values: normalisedValues, keptRaw, anchors } = normaliseTable(table, criteriaWithScales(method));
  const methodCriteria = criterionIds.length; // interned first, so indices 0..n-1 are the method's
  const groupCount = table.entryIds.length * table.criterionIds.length;
  const key = new Int32Array(table.size);
  for (let i = 0; i < table.size; i++) key[i] = table.entry[i] * table.criterionIds.length + table.criterion[i];
  const groups = groupRows(table, key, groupCount);

  const chair = consensusLookup(consensus);
  const useNormalised = method.normalisation === 'z-score';
  const entries = new Map<string, Record<string, CriterionAggregate>>();
  let raw = new Float64Array(8);
  let norm = new Float64Array(8);
  for (let e = 0; e < table.entryIds.length; e++) {
    const entryId = table.entryIds[e];
    const byCriterion: Record<string, CriterionAggregate> = {};
    for (let c = 0; c < methodCriteria; c++) {
      const g = e * table.criterionIds.length + c;
      const from = groups.start[g];
      const count = groups.start[g + 1] - from;
      if (count > raw.length) {
        raw = new Float64Array(count * 2);
        norm = new Float64Array(count * 2);
      }
      for (let k = 0; k < count; k++) {
        const i = groups.rows[from + k];
        raw[k] = table.value[i];
        norm[k] = normalisedValues[i];
      }
      const agreed = chair.size ? chair.get(pair(entryId, criterionIds[c])) : undefined;
      byCriterion[criterionIds[c]] = summarise(raw, norm, count, agreed, useNormalised);
    }
    entries.set(entryId, byCriterion);
  }
  // Entries nobody scored yet still appear, so a ranking shows them as incomplete, not missing.
  const unscored = [...entryIds, ...consensus.map((c) => c.entryId)].filter((id) => !entries.has(id));
  for (const entryId of unscored) {
    const byCriterion: Record<string, CriterionAggregate> = {};
    for (const criterionId of criterionIds) {
      byCriterion[criterionId] = summarise(raw, norm, 0, chair.get(pair(entryId, criterionId)), useNormalised);
    }
    entries.set(entryId, byCriterion);
  }
  return { entries, keptRaw, anchors };
}

function summarise(raw: Float64Array, norm: Float64Array, count: number, consensus: number | undefined, useNormalised: boolean): CriterionAggregate {
  // The values come in the table's canonical (juror) order, so the sums do not depend on input order.
  let rawSum = 0;
  let normSum = 0;
  for (let k = 0; k < count; k++) {
    rawSum += raw[k];
    normSum += norm[k];
  }
  const mean = count ? rawSum / count : null;
  const normalised = count ? normSum / count : null;
  const median = count ? medianOf(raw, count) : null;
  const aggregate = useNormalised ? normalised : mean;
  return consensus === undefined
    ? { count, mean, median, normalised, used: aggregate }
    : { count, mean, median, normalised, consensus, used: consensus };
}

/** Median of the first `count` values; sorts them in place (insertion sort: panels are small). */
function medianOf(values: Float64Array, count: number): number {
  for (let i = 1; i < count; i++) {
    const x = values[i];
    let j = i - 1;
    while (j >= 0 && values[j] > x) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = x;
  }
  return count % 2 ? values[(count - 1) / 2] : (values[count / 2 - 1] + values[count / 2]) / 2;
}

function consensusLookup(consensus: readonly ConsensusScore[]): Map<string, number> {
  const lookup = new Map<string, number>();
  for (const c of consensus) {
    const k = pair(c.entryId, c.criterionId);
    // Which of two consensus scores counts must not depend on list order, so duplicates are an error.
    if (lookup.has(k)) throw new RangeError(`Two consensus scores for entry ${c.entryId}, criterion ${c.criterionId}`);
    lookup.set(k, c.value);
  }
  return lookup;
}

function pair(entryId: string, criterionId: string): string {
  return `${entryId}\u0000${criterionId}`;
}
