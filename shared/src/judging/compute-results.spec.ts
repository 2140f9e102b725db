import { describe, expect, it } from 'vitest';
import { computeRanking } from './compute-ranking.js';
import { computeResults } from './compute-results.js';
import { agreementByCriterion } from './krippendorff-alpha.js';
import { generateSyntheticScores } from './synthetic.js';

describe('computeResults', () => {
  const panel = generateSyntheticScores('results', 40, 4, 3);
  const scores = [...panel.scores, { entryId: 'entry-000001', jurorId: 'juror-000', criterionId: 'unknown', value: 1 }];

  it('gives the same ranking as computeRanking and the same alpha as agreementByCriterion', () => {
    const results = computeResults({ method: panel.method, scores });
    expect(results.ranking).toEqual(computeRanking({ method: panel.method, scores }));
    const alone = agreementByCriterion(scores);
    for (const c of panel.method.criteria) expect(results.agreement[c.id]).toEqual(alone[c.id]);
  });

  it('reports agreement for the method\'s criteria only', () => {
    expect(Object.keys(computeResults({ method: panel.method, scores }).agreement)).toEqual(panel.method.criteria.map((c) => c.id));
  });
});
