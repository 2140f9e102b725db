// Judging math: pure functions shared by the api and the web app, so the numbers a juror,
// an organiser and a company see are computed by the same code.
export * from './types.js';
export { criterionScale, criteriaWithScales } from './criterion-scale.js';
export {
  normaliseScores,
  MIN_SCORES_FOR_NORMALISATION,
  type CriterionDistribution,
  type CriterionScales,
  type KeptRawFlag,
  type KeptRawReason,
  type NormaliseOptions,
  type NormalisedScores,
} from './normalise-scores.js';
export { aggregateScores, type AggregatedScores, type AggregationMethod, type CriterionAggregate } from './aggregate-scores.js';
export * from './price-points.js';
export * from './compute-totals.js';
export { computeRanking, unknownTieBreakKeys, type Ranking, type RankedEntry, type RankingInput } from './compute-ranking.js';
export { computeResults, type JudgingResults } from './compute-results.js';
export { rankByKeys, quantise, type KeyedItem, type RankedItem } from './rank-by-keys.js';
export {
  krippendorffAlpha,
  IntervalAlphaAccumulator,
  agreementByCriterion,
  ALPHA_RELIABLE,
  ALPHA_TENTATIVE,
  type AlphaMetric,
  type CriterionAgreement,
} from './krippendorff-alpha.js';
export * from './juror-stats.js';
export * from './seeded-random.js';
export * from './assign-jurors.js';
export * from './crowd-bt.js';
export * from './crowd-bt-session.js';
export * from './synthetic.js';
export { judgingMessages, type JudgingMessageCode } from './api-messages.js';
