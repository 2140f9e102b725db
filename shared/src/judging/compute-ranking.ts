import type { Localised } from '../common/localised.js';
import { aggregateTable, type CriterionAggregate } from './aggregate-scores.js';
import { computeEntryTotal, priceRange, type EntryTotal, type MissingPart, type ThresholdReason } from './compute-totals.js';
import type { CriterionDistribution, KeptRawFlag } from './normalise-scores.js';
import { computePricePoints, priceModelWarning, type PricedBid } from './price-points.js';
import { rankByKeys } from './rank-by-keys.js';
import { buildScoreTable, type ScoreTable } from './score-table.js';
import {
  PRICE_TIE_BREAK_KEY,
  SCREENING_AREA_KEYS,
  type ConsensusScore,
  type Score,
  type ScoringMethod,
  type ScreeningAreaKey,
  type ScreeningAreaScores,
} from './types.js';

export interface RankingInput {
  method: ScoringMethod;
  scores: readonly Score[];
  consensus?: readonly ConsensusScore[];
  /** The entries to rank (the admissible ones). Default: every entry that has a score or consensus. */
  entryIds?: readonly string[];
  /** Screening area scores (0–100) per entry id. */
  screening?: Readonly<Record<string, ScreeningAreaScores>>;
  /** Evaluated prices, for methods that weigh price. */
  prices?: readonly PricedBid[];
}

export interface RankedEntry {
  entryId: string;
  rank: number;
  /** True when another entry has the same rank: equal total and equal on every published tie-break. */
  tied: boolean;
  /** Weighted total on 0–100. */
  total: number;
  /** Weighted mean of the criterion scores on the method's scale (what the overall threshold reads). */
  criteriaScore: number;
  byCriterion: Record<string, CriterionAggregate>;
  /** Below a criterion's or the overall threshold: ranked after every entry that passes. */
  belowThreshold: boolean;
  reasons: ThresholdReason[];
  missing: MissingPart[];
  pricePoints: number | null;
  screening: Partial<Record<ScreeningAreaKey, number | null>>;
}

export interface Ranking {
  /** Sorted by rank; entries sharing a rank are listed by entry id for a stable display only. */
  entries: RankedEntry[];
  keptRaw: KeptRawFlag[];
  anchors: Record<string, CriterionDistribution>;
  /** Shown when the method's price model can cause rank reversal. */
  priceWarning: Localised | null;
}

/**
 * The ranking by the published method: entries that pass every threshold first, then by weighted
 * total, then by the published tie-break order (higher value on each named criterion, `price` or
 * screening area, in turn). Entries still equal share a rank and are reported as tied; no hidden
 * order (id, submission time, input order) ever separates them.
 */
export function computeRanking(input: RankingInput): Ranking {
  return rankingFromTable(buildScoreTable(input.scores, input.method.criteria.map((c) => c.id)), input);
}

/** computeRanking over a table built with the method's criteria as known criteria. */
export function rankingFromTable(table: ScoreTable, input: Omit<RankingInput, 'scores'>): Ranking {
  const { method } = input;
  const aggregated = aggregateTable(table, method, input.consensus ?? [], input.entryIds ?? []);
  const pricePoints = method.priceModel && input.prices?.length ? computePricePoints(method.priceModel, input.prices, priceRange(method)) : new Map<string, number>();
  const entryIds = input.entryIds ? [...new Set(input.entryIds)] : [...aggregated.entries.keys()];

  const totals = new Map<string, { total: EntryTotal; byCriterion: Record<string, CriterionAggregate> }>();
  for (const entryId of entryIds) {
    const byCriterion = aggregated.entries.get(entryId)!;
    const total = computeEntryTotal(entryId, byCriterion, method, input.screening?.[entryId], pricePoints.get(entryId));
    totals.set(entryId, { total, byCriterion });
  }

  const ranked = rankByKeys(
    entryIds.map((id) => {
      const { total, byCriterion } = totals.get(id)!;
      const screening = input.screening?.[id];
      const price = pricePoints.get(id);
      // Passing the thresholds comes first: an entry below one cannot win, whatever its total.
      const passes = total.belowThreshold ? 0 : 1;
      return { id, keys: [passes, total.total, ...method.tieBreak.map((key) => tieBreakValue(key, byCriterion, screening, price))] };
    }),
  );

  return {
    entries: ranked.map(({ id, rank, tied }) => {
      const { total, byCriterion } = totals.get(id)!;
      return {
        entryId: id,
        rank,
        tied,
        total: total.total,
        criteriaScore: total.criteriaScore,
        byCriterion,
        belowThreshold: total.belowThreshold,
        reasons: total.reasons,
        missing: total.missing,
        pricePoints: total.pricePoints,
        screening: total.screening,
      };
    }),
    keptRaw: aggregated.keptRaw,
    anchors: aggregated.anchors,
    priceWarning: method.priceModel ? priceModelWarning(method.priceModel) : null,
  };
}

// A criterion id wins over a reserved key of the same name, since criteria are what a method names first.
function tieBreakValue(
  key: string,
  byCriterion: Record<string, CriterionAggregate>,
  screening: ScreeningAreaScores | undefined,
  pricePoints: number | undefined,
): number {
  const lowest = Number.NEGATIVE_INFINITY;
  if (key in byCriterion) return byCriterion[key]?.used ?? lowest;
  if (key === PRICE_TIE_BREAK_KEY) return pricePoints ?? lowest;
  if (isScreeningArea(key)) return screening?.[key] ?? lowest;
  return lowest;
}

/** Tie-break keys that name neither a criterion, `price` nor a screening area: they could never separate entries. */
export function unknownTieBreakKeys(method: Pick<ScoringMethod, 'criteria' | 'tieBreak'>): string[] {
  const criteria = new Set(method.criteria.map((c) => c.id));
  return method.tieBreak.filter((key) => !criteria.has(key) && key !== PRICE_TIE_BREAK_KEY && !isScreeningArea(key));
}

function isScreeningArea(key: string): key is ScreeningAreaKey {
  return (SCREENING_AREA_KEYS as readonly string[]).includes(key);
}
