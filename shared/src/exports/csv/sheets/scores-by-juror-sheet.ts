import type { ReviewScoreSnapshot, SnapshotWithoutReviews } from '../../snapshot.js';
import { toUtcTimestamp } from '../../utc-timestamp.js';
import type { ReviewBatch } from '../review-batches.js';
import { column, entryIndex, requireEntry, type SheetDefinition } from '../sheet-definition.js';
import { REVIEW_KIND, jurorDisplayName } from '../sheet-labels.js';
import type { SheetOptions, SheetRow } from '../sheet-types.js';

/**
 * One row per juror, entry and criterion (10,000 entries × 5 jurors × 6 criteria is 300,000
 * rows), one batch of reviews at a time, in the batch's order: per entry the jurors by label,
 * then the consensus. Jurors appear under their pseudonym unless the snapshot carries names.
 */
function* rowsOfBatch(snapshot: SnapshotWithoutReviews, batch: ReviewBatch, { locale }: SheetOptions): Generator<SheetRow> {
  const entries = entryIndex(batch);
  const criteria = snapshot.challenge.method.criteria;
  const criterionNames = criteria.map((c) => c.name[locale]);
  const consensus = REVIEW_KIND.consensus[locale];
  for (const review of batch.reviews) {
    const entry = requireEntry(entries, review.entryId);
    // Worked out once per review rather than once per score.
    const juror = review.juror ? jurorDisplayName(review.juror) : consensus;
    const kind = REVIEW_KIND[review.kind][locale];
    const submittedAt = toUtcTimestamp(review.submittedAt);
    for (let c = 0; c < criteria.length; c++) {
      const score = scoreFor(review.scores, criteria[c]!.id);
      if (!score) continue;
      yield {
        entry: entry.label,
        company: entry.company.name,
        juror,
        kind,
        criterion: criterionNames[c]!,
        score: score.score,
        justification: score.justification,
        submittedAt,
      };
    }
  }
}

// A review has a handful of scores: a scan beats building a map per review. The last one given
// for a criterion counts, as it would in a map.
function scoreFor(scores: readonly ReviewScoreSnapshot[], criterionId: string): ReviewScoreSnapshot | undefined {
  for (let i = scores.length - 1; i >= 0; i--) if (scores[i]!.criterionId === criterionId) return scores[i];
  return undefined;
}

export const scoresByJurorSheet: SheetDefinition = {
  id: 'scores-by-juror',
  source: 'reviews',
  name: { da: 'Point pr. bedømmer', en: 'Scores by juror' },
  fileName: 'scores-by-juror.csv',
  columns: () => [
    column('entry', 'Bidrag', 'Entry'),
    column('company', 'Virksomhed', 'Company'),
    column('juror', 'Bedømmer', 'Juror'),
    column('kind', 'Type', 'Kind'),
    column('criterion', 'Kriterium', 'Criterion'),
    column('score', 'Point', 'Score', 'number'),
    column('justification', 'Begrundelse', 'Justification'),
    column('submittedAt', 'Afgivet (UTC)', 'Submitted (UTC)', 'date'),
  ],
  rowsOfBatch,
};
