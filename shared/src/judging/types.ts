// The minimal shapes the judging math needs. The published evaluation method (challenges area)
// is richer; these are kept structural and loose so that richer type is assignable to them,
// and so judging does not depend on how the method is stored or edited.

/** One juror's score for one criterion of one entry, on the criterion's scale. */
export interface Score {
  entryId: string;
  jurorId: string;
  criterionId: string;
  value: number;
}

/** A consensus score the chair recorded; it replaces the aggregate of that entry and criterion. */
export interface ConsensusScore {
  entryId: string;
  criterionId: string;
  value: number;
}

export interface ScaleSpec {
  min: number;
  max: number;
  /** Smallest allowed difference between scores, e.g. 0.5 for half points. */
  step?: number;
}

export interface CriterionSpec {
  id: string;
  /** Relative weight; the total divides by the sum of all weights, so percentages work as they are. */
  weight: number;
  /** The criterion's own scale; when absent, the method's scale applies. */
  scale?: ScaleSpec;
  /** Lowest acceptable score on the criterion's scale (e.g. 3 of 0–5); a lower score fails. */
  threshold?: number | null;
}

export type Normalisation = 'raw' | 'z-score';

export const SCREENING_AREA_KEYS = ['security', 'data-protection', 'climate', 'sovereignty'] as const;
export type ScreeningAreaKey = (typeof SCREENING_AREA_KEYS)[number];

/** Screening area scores of one entry, each 0–100. */
export type ScreeningAreaScores = Partial<Record<ScreeningAreaKey, number | null>>;

/**
 * Absolute price model, published up front: full points at or below `referencePrice`; above it
 * either `slope` points lost per 100 % over the reference (`max − slope·(P − reference)/reference`),
 * or a straight line down to the bottom of the scale at `maxPrice`. Clamped to the scale. No
 * other bid can change a bid's points, so adding or withdrawing a bid never reorders others.
 */
export interface AbsolutePriceModel {
  kind: 'absolute';
  referencePrice: number;
  slope?: number | null;
  maxPrice?: number | null;
}

/** `points = max − max·(P − Pmin)/Pmin`, floored at the bottom of the scale. Depends on the lowest bid. */
export interface RelativeLinearPriceModel {
  kind: 'relative-linear';
}

/** `points = max·Pmin/P`. Depends on the lowest bid. */
export interface RelativeProportionalPriceModel {
  kind: 'relative-proportional';
}

export interface NoPriceModel {
  kind: 'none';
}

export type PriceModel = NoPriceModel | AbsolutePriceModel | RelativeLinearPriceModel | RelativeProportionalPriceModel;

export interface ScoringMethod {
  criteria: readonly CriterionSpec[];
  /** The scale of every criterion without its own, and of price points. */
  scale?: ScaleSpec;
  /** Which aggregate feeds the ranking: the mean of raw scores, or the mean of normalised scores. */
  normalisation: Normalisation;
  /**
   * Published tie-break order: each key is a criterion id (higher used score wins), `price`
   * (more price points wins) or a screening area key (higher area score wins).
   */
  tieBreak: readonly string[];
  /**
   * Lowest acceptable weighted mean of the criterion scores (criteria weights only), on the
   * method's scale (Horizon Europe: 10 of 15 over three 0–5 criteria is 3.33).
   */
  overallThreshold?: number | null;
  /** Weights of the screening's automatic area scores in the total, on the criteria weights' footing. */
  screeningWeights?: Partial<Record<ScreeningAreaKey, number>>;
  /** Weight of price points in the total, on the criteria weights' footing. */
  priceWeight?: number | null;
  priceModel?: PriceModel | null;
}

/** A key of the tie-break order that means "more price points". */
export const PRICE_TIE_BREAK_KEY = 'price';

