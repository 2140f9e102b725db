import { compareCodePoints } from '../../compare.js';
import type { SnapshotWithoutReviews, FindingSnapshot } from '../../snapshot.js';
import { column, entriesInLabelOrder, type SheetDefinition } from '../sheet-definition.js';
import { SEVERITY, SEVERITY_ORDER } from '../sheet-labels.js';
import type { SheetOptions, SheetRow } from '../sheet-types.js';

function findingOrder(a: FindingSnapshot, b: FindingSnapshot): number {
  return (
    compareCodePoints(a.area, b.area) ||
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    compareCodePoints(a.ruleId, b.ruleId) ||
    compareCodePoints(a.location ?? '', b.location ?? '')
  );
}

/** One row per finding, with the entry's score in that screening area for context. */
function* rows(snapshot: SnapshotWithoutReviews, { locale }: SheetOptions): Generator<SheetRow> {
  for (const entry of entriesInLabelOrder(snapshot)) {
    const areas = new Map(entry.screening.areas.map((a) => [a.area, a]));
    for (const finding of entry.screening.findings.toSorted(findingOrder)) {
      const area = areas.get(finding.area);
      yield {
        entry: entry.label,
        company: entry.company.name,
        area: area ? area.label[locale] : finding.area,
        areaScore: area?.score ?? null,
        areaMax: area?.max ?? null,
        severity: SEVERITY[finding.severity][locale],
        rule: finding.ruleId,
        finding: finding.title[locale],
        location: finding.location,
      };
    }
  }
}

export const screeningFindingsSheet: SheetDefinition = {
  id: 'screening-findings',
  source: 'snapshot',
  name: { da: 'Screeningsfund', en: 'Screening findings' },
  fileName: 'screening-findings.csv',
  columns: () => [
    column('entry', 'Bidrag', 'Entry'),
    column('company', 'Virksomhed', 'Company'),
    column('area', 'Område', 'Area'),
    column('areaScore', 'Områdescore', 'Area score', 'number'),
    column('areaMax', 'Maks.', 'Max', 'number'),
    column('severity', 'Alvor', 'Severity'),
    column('rule', 'Regel', 'Rule'),
    column('finding', 'Fund', 'Finding'),
    column('location', 'Sted', 'Location'),
  ],
  rowsOf: rows,
};
