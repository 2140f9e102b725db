import { compareCodePoints, compareInstants, compareLabels } from '../../compare.js';
import type { SnapshotWithoutReviews } from '../../snapshot.js';
import { toUtcTimestamp } from '../../utc-timestamp.js';
import { column, entryIndex, requireEntry, type SheetDefinition } from '../sheet-definition.js';
import { CONFLICT_HANDLING, jurorDisplayName } from '../sheet-labels.js';
import type { SheetOptions, SheetRow } from '../sheet-types.js';

function* rows(snapshot: SnapshotWithoutReviews, { locale }: SheetOptions): Generator<SheetRow> {
  const entries = entryIndex(snapshot);
  const conflicts = snapshot.conflicts.toSorted(
    (a, b) =>
      compareInstants(a.declaredAt, b.declaredAt) ||
      compareLabels(a.juror.label, b.juror.label) ||
      compareCodePoints(a.entryId, b.entryId),
  );
  for (const conflict of conflicts) {
    const entry = requireEntry(entries, conflict.entryId);
    yield {
      juror: jurorDisplayName(conflict.juror),
      entry: entry.label,
      company: entry.company.name,
      declaredAt: toUtcTimestamp(conflict.declaredAt),
      description: conflict.description,
      handling: CONFLICT_HANDLING[conflict.handling][locale],
      handledAt: conflict.handledAt === null ? null : toUtcTimestamp(conflict.handledAt),
    };
  }
}

export const conflictsSheet: SheetDefinition = {
  id: 'conflicts',
  source: 'snapshot',
  name: { da: 'Interessekonflikter', en: 'Conflicts of interest' },
  fileName: 'conflicts-of-interest.csv',
  columns: () => [
    column('juror', 'Bedømmer', 'Juror'),
    column('entry', 'Bidrag', 'Entry'),
    column('company', 'Virksomhed', 'Company'),
    column('declaredAt', 'Erklæret (UTC)', 'Declared (UTC)', 'date'),
    column('description', 'Beskrivelse', 'Description'),
    column('handling', 'Håndtering', 'Handling'),
    column('handledAt', 'Afgjort (UTC)', 'Handled (UTC)', 'date'),
  ],
  rowsOf: rows,
};
