import { isDecided, type DecidedChallengeSnapshot } from '../snapshot.js';
import type { SheetDefinition } from './sheet-definition.js';
import { DRAFT_NOTICE } from './sheet-labels.js';
import { SHEET_IDS, type Sheet, type SheetColumn, type SheetId, type SheetOptions, type SheetRow } from './sheet-types.js';
import { csvLines, type CsvOptions } from './to-csv.js';
import { amendmentsAndQuestionsSheet } from './sheets/amendments-and-questions-sheet.js';
import { auditSummarySheet } from './sheets/audit-summary-sheet.js';
import { conflictsSheet } from './sheets/conflicts-sheet.js';
import { entriesSheet } from './sheets/entries-sheet.js';
import { rankingSheet } from './sheets/ranking-sheet.js';
import { scoresByCriterionSheet } from './sheets/scores-by-criterion-sheet.js';
import { scoresByJurorSheet } from './sheets/scores-by-juror-sheet.js';
import { screeningFindingsSheet } from './sheets/screening-findings-sheet.js';

const definitions: Record<SheetId, SheetDefinition> = {
  ranking: rankingSheet,
  'scores-by-criterion': scoresByCriterionSheet,
  'scores-by-juror': scoresByJurorSheet,
  'screening-findings': screeningFindingsSheet,
  entries: entriesSheet,
  conflicts: conflictsSheet,
  'amendments-and-questions': amendmentsAndQuestionsSheet,
  'audit-summary': auditSummarySheet,
};

export function sheetDefinition(id: SheetId): SheetDefinition {
  return definitions[id];
}

export function sheetColumns(id: SheetId, snapshot: DecidedChallengeSnapshot, options: SheetOptions): SheetColumn[] {
  return definitions[id].columns(snapshot, options);
}

/**
 * The sheet's rows, lazily. While the challenge is not decided the first row is the DRAFT
 * notice (in the first column), so no copy of the sheet can be mistaken for the final one.
 */
export function* sheetRowsOf(id: SheetId, snapshot: DecidedChallengeSnapshot, options: SheetOptions): Generator<SheetRow> {
  const definition = definitions[id];
  if (!isDecided(snapshot)) {
    const first = definition.columns(snapshot, options)[0];
    if (first) yield { [first.key]: DRAFT_NOTICE[options.locale] };
  }
  yield* definition.rowsOf(snapshot, options);
}

export function buildSheet(id: SheetId, snapshot: DecidedChallengeSnapshot, options: SheetOptions): Sheet {
  const definition = definitions[id];
  return {
    id,
    name: definition.name,
    fileName: definition.fileName,
    draft: !isDecided(snapshot),
    columns: definition.columns(snapshot, options),
    rows: [...sheetRowsOf(id, snapshot, options)],
  };
}

/** Every sheet, in the fixed order of SHEET_IDS. */
export function buildAllSheets(snapshot: DecidedChallengeSnapshot, options: SheetOptions): Sheet[] {
  return SHEET_IDS.map((id) => buildSheet(id, snapshot, options));
}

/** A sheet as CSV, line by line, for streaming. Header language follows the sheet options. */
export function sheetCsvLines(
  id: SheetId,
  snapshot: DecidedChallengeSnapshot,
  options: SheetOptions & Omit<CsvOptions, 'locale'>,
): Generator<string> {
  return csvLines(sheetRowsOf(id, snapshot, options), sheetColumns(id, snapshot, options), options);
}
