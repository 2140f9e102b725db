import { rankingFromTable, type Ranking, type RankingInput } from './compute-ranking.js';
import { agreementFromTable, type CriterionAgreement } from './krippendorff-alpha.js';
import { buildScoreTable } from './score-table.js';

export interface JudgingResults {
  ranking: Ranking;
  /** Interval Krippendorff's alpha per criterion of the method, over jurors × entries. */
  agreement: Record<string, CriterionAgreement>;
}

/**
 * Everything the ranking page and endpoint show, from one pass over the scores: the ranking
 * (aggregates, totals, thresholds, ties) and the agreement per criterion. Agreement is measured
 * on the raw juror scores; consensus scores are the chair's, not a juror's, and are left out.
 */
export function computeResults(input: RankingInput): JudgingResults {
  const criterionIds = input.method.criteria.map((c) => c.id);
  const table = buildScoreTable(input.scores, criterionIds);
  const agreement = agreementFromTable(table);
  // Only the method's criteria are reported; stray scores on unknown criteria are not agreement data.
  const reported: Record<string, CriterionAgreement> = {};
  for (const id of criterionIds) reported[id] = agreement[id]!;
  return { ranking: rankingFromTable(table, input), agreement: reported };
}
