import { compareCodePoints } from '../../compare.js';
import type { SnapshotWithoutReviews } from '../../snapshot.js';
import { column, type SheetDefinition } from '../sheet-definition.js';
import { yesNo } from '../sheet-labels.js';
import type { SheetOptions, SheetRow } from '../sheet-types.js';

/** Events per type (by name), then the result of the audit chain verification. */
function* rows(snapshot: SnapshotWithoutReviews, { locale }: SheetOptions): Generator<SheetRow> {
  const { eventCounts, chain } = snapshot.audit;
  const da = locale === 'da';
  for (const { event, count } of eventCounts.toSorted((a, b) => compareCodePoints(a.event, b.event))) {
    yield { section: da ? 'Hændelser' : 'Events', item: event, value: count };
  }
  const section = da ? 'Kædeverifikation' : 'Chain verification';
  yield { section, item: da ? 'Kæden er intakt' : 'Chain intact', value: yesNo(chain.verified, locale) };
  yield { section, item: da ? 'Antal poster' : 'Entries', value: chain.entries };
  yield { section, item: da ? 'Sidste hash (SHA-256)' : 'Head hash (SHA-256)', value: chain.headHash };
  yield { section, item: da ? 'Første brudte post' : 'First broken entry', value: chain.brokenAt };
}

export const auditSummarySheet: SheetDefinition = {
  id: 'audit-summary',
  source: 'snapshot',
  name: { da: 'Revisionsspor', en: 'Audit summary' },
  fileName: 'audit-summary.csv',
  columns: () => [
    column('section', 'Afsnit', 'Section'),
    column('item', 'Punkt', 'Item'),
    column('value', 'Værdi', 'Value'),
  ],
  rowsOf: rows,
};
