import { compareCodePoints, compareLabels } from '../../compare.js';
import type { SnapshotWithoutReviews, RankingRowSnapshot } from '../../snapshot.js';
import { column, entryIndex, requireEntry, type SheetDefinition } from '../sheet-definition.js';
import { yesNo } from '../sheet-labels.js';
import type { SheetOptions, SheetRow } from '../sheet-types.js';

/** Ranking rows by rank; entries sharing a rank by label, for a stable display only. */
export function rankingInOrder(snapshot: SnapshotWithoutReviews): RankingRowSnapshot[] {
  const entries = entryIndex(snapshot);
  return snapshot.ranking.toSorted(
    (a, b) =>
      a.rank - b.rank ||
      compareLabels(requireEntry(entries, a.entryId).label, requireEntry(entries, b.entryId).label) ||
      compareCodePoints(a.entryId, b.entryId),
  );
}

function* rankingRows(snapshot: SnapshotWithoutReviews, { locale }: SheetOptions): Generator<SheetRow> {
  const entries = entryIndex(snapshot);
  const awarded = new Set(snapshot.awards.flatMap((a) => a.entryIds));
  for (const row of rankingInOrder(snapshot)) {
    const entry = requireEntry(entries, row.entryId);
    yield {
      rank: row.rank,
      tied: yesNo(row.tied, locale),
      entry: entry.label,
      company: entry.company.name,
      country: entry.company.country,
      total: row.total,
      belowThreshold: yesNo(row.belowThreshold, locale),
      awarded: yesNo(awarded.has(row.entryId), locale),
    };
  }
}

export const rankingSheet: SheetDefinition = {
  id: 'ranking',
  source: 'snapshot',
  name: { da: 'Rangering', en: 'Ranking' },
  fileName: 'ranking.csv',
  columns: () => [
    column('rank', 'Placering', 'Rank', 'number'),
    column('tied', 'Delt placering', 'Tied'),
    column('entry', 'Bidrag', 'Entry'),
    column('company', 'Virksomhed', 'Company'),
    column('country', 'Land', 'Country'),
    column('total', 'Samlet score (0–100)', 'Total score (0–100)', 'number', 3),
    column('belowThreshold', 'Under minimum', 'Below threshold'),
    column('awarded', 'Tildelt', 'Awarded'),
  ],
  rowsOf: rankingRows,
};
