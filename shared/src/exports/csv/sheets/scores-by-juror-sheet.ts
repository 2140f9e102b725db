import { compareCodePoints, compareInstants, compareLabels } from '../../compare.js';
import type { DecidedChallengeSnapshot, ReviewSnapshot } from '../../snapshot.js';
import { toUtcTimestamp } from '../../utc-timestamp.js';
import { column, entryIndex, requireEntry, type EntryIndex, type SheetDefinition } from '../sheet-definition.js';
import { REVIEW_KIND, jurorDisplayName } from '../sheet-labels.js';
import type { SheetOptions, SheetRow } from '../sheet-types.js';

const kindRank = (r: ReviewSnapshot): number => (r.kind === 'individual' ? 0 : 1);

// Per entry: individual reviews by juror label, then the consensus.
function reviewOrder(entries: EntryIndex): (a: ReviewSnapshot, b: ReviewSnapshot) => number {
  return (a, b) =>
    compareLabels(requireEntry(entries, a.entryId).label, requireEntry(entries, b.entryId).label) ||
    compareCodePoints(a.entryId, b.entryId) ||
    kindRank(a) - kindRank(b) ||
    compareLabels(a.juror?.label ?? '', b.juror?.label ?? '') ||
    compareInstants(a.submittedAt, b.submittedAt);
}

/**
 * One row per juror, entry and criterion (10,000 entries × 5 jurors × 6 criteria is 300,000
 * rows), produced lazily. Jurors appear under their pseudonym unless the snapshot carries names.
 */
function* rows(snapshot: DecidedChallengeSnapshot, { locale }: SheetOptions): Generator<SheetRow> {
  const entries = entryIndex(snapshot);
  const criteria = snapshot.challenge.method.criteria;
  const reviews = snapshot.reviews.toSorted(reviewOrder(entries));
  for (const review of reviews) {
    const entry = requireEntry(entries, review.entryId);
    const scores = new Map(review.scores.map((s) => [s.criterionId, s]));
    for (const criterion of criteria) {
      const score = scores.get(criterion.id);
      if (!score) continue;
      yield {
        entry: entry.label,
        company: entry.company.name,
        juror: review.juror ? jurorDisplayName(review.juror) : REVIEW_KIND.consensus[locale],
        kind: REVIEW_KIND[review.kind][locale],
        criterion: criterion.name[locale],
        score: score.score,
        justification: score.justification,
        submittedAt: toUtcTimestamp(review.submittedAt),
      };
    }
  }
}

export const scoresByJurorSheet: SheetDefinition = {
  id: 'scores-by-juror',
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
  rowsOf: rows,
};
