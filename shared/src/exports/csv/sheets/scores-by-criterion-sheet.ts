import { formatNumberFor } from '../../format-number.js';
import type { SnapshotWithoutReviews } from '../../snapshot.js';
import { column, entryIndex, requireEntry, type SheetDefinition } from '../sheet-definition.js';
import type { SheetColumn, SheetRow } from '../sheet-types.js';
import { rankingInOrder } from './ranking-sheet.js';

const criterionKey = (id: string): string => `criterion:${id}`;

function columns(snapshot: SnapshotWithoutReviews): SheetColumn[] {
  return [
    column('rank', 'Placering', 'Rank', 'number'),
    column('entry', 'Bidrag', 'Entry'),
    column('company', 'Virksomhed', 'Company'),
    // One column per published criterion, in the published order, with its weight.
    ...snapshot.challenge.method.criteria.map((c) =>
      column(
        criterionKey(c.id),
        `${c.name.da} (${formatNumberFor('da', c.weight)} %)`,
        `${c.name.en} (${formatNumberFor('en', c.weight)} %)`,
        'number',
      ),
    ),
    column('total', 'Samlet score (0–100)', 'Total score (0–100)', 'number', 3),
  ];
}

function* rows(snapshot: SnapshotWithoutReviews): Generator<SheetRow> {
  const entries = entryIndex(snapshot);
  const criteria = snapshot.challenge.method.criteria;
  for (const row of rankingInOrder(snapshot)) {
    const entry = requireEntry(entries, row.entryId);
    const scores = Object.fromEntries(criteria.map((c) => [criterionKey(c.id), row.byCriterion[c.id] ?? null]));
    yield { rank: row.rank, entry: entry.label, company: entry.company.name, ...scores, total: row.total };
  }
}

export const scoresByCriterionSheet: SheetDefinition = {
  id: 'scores-by-criterion',
  source: 'snapshot',
  name: { da: 'Point pr. kriterium', en: 'Scores by criterion' },
  fileName: 'scores-by-criterion.csv',
  columns,
  rowsOf: rows,
};
