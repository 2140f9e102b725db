import { isDecided, type DecidedChallengeSnapshot, type SnapshotWithoutReviews } from '../snapshot.js';
import { reviewBatchesOf, type ReviewSource } from './review-batches.js';
import type { SheetDefinition } from './sheet-definition.js';
import { DRAFT_NOTICE } from './sheet-labels.js';
import { SHEET_IDS, type Sheet, type SheetColumn, type SheetId, type SheetOptions, type SheetRow } from './sheet-types.js';
import { csvHeader, csvLineWriter, csvLines, type CsvOptions } from './to-csv.js';
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

export function sheetColumns(id: SheetId, snapshot: SnapshotWithoutReviews, options: SheetOptions): SheetColumn[] {
  return definitions[id].columns(snapshot, options);
}

/** While the challenge is not decided, every sheet starts with the DRAFT notice in its first column. */
function draftRow(id: SheetId, snapshot: SnapshotWithoutReviews, options: SheetOptions): SheetRow | null {
  if (isDecided(snapshot)) return null;
  const first = definitions[id].columns(snapshot, options)[0];
  return first ? { [first.key]: DRAFT_NOTICE[options.locale] } : null;
}

/**
 * The sheet's rows, lazily, from a snapshot held in memory. While the challenge is not decided
 * the first row is the DRAFT notice (in the first column), so no copy of the sheet can be
 * mistaken for the final one.
 */
export function* sheetRowsOf(id: SheetId, snapshot: DecidedChallengeSnapshot, options: SheetOptions): Generator<SheetRow> {
  const draft = draftRow(id, snapshot, options);
  if (draft) yield draft;
  const definition = definitions[id];
  if (definition.source === 'snapshot') {
    yield* definition.rowsOf(snapshot, options);
    return;
  }
  for (const batch of reviewBatchesOf(snapshot)) yield* definition.rowsOfBatch(snapshot, batch, options);
}

/**
 * The sheet's rows for exports that stream, as a series of lazy row lists to be read in turn:
 * the reviews come from `reviews` a batch at a time (the snapshot holds none), everything else
 * from the snapshot. Rows are made as they are read, so each one is gone by the next, and a
 * list must be read before the next is asked for. The same rows, in the same order, as
 * `sheetRowsOf` on the whole snapshot.
 */
export async function* sheetRowBatches(id: SheetId, snapshot: SnapshotWithoutReviews, reviews: ReviewSource, options: SheetOptions): AsyncGenerator<Iterable<SheetRow>> {
  const definition = definitions[id];
  const draft = draftRow(id, snapshot, options);
  if (draft) yield [draft];
  if (definition.source === 'snapshot') {
    yield definition.rowsOf(snapshot, options);
    return;
  }
  for await (const batch of reviews()) yield definition.rowsOfBatch(snapshot, batch, options);
}

/** Characters of CSV text handed on at a time. */
const CSV_PIECE = 32 * 1024;

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

/**
 * A sheet as CSV in pieces of a few dozen kilobytes (rather than line by line), with the reviews
 * read batch by batch: the bytes of `sheetCsvLines` on the whole snapshot.
 */
export async function* sheetCsvChunks(
  id: SheetId,
  snapshot: SnapshotWithoutReviews,
  reviews: ReviewSource,
  options: SheetOptions & Omit<CsvOptions, 'locale'>,
): AsyncGenerator<string> {
  const columns = sheetColumns(id, snapshot, options);
  const line = csvLineWriter(columns, options.separator ?? ',');
  let text = csvHeader(columns, options);
  for await (const rows of sheetRowBatches(id, snapshot, reviews, options)) {
    for (const row of rows) {
      text += line(row);
      // Pieces stay small enough for the young generation (short-lived, cheap to collect).
      if (text.length >= CSV_PIECE) {
        yield text;
        text = '';
      }
    }
  }
  if (text) yield text;
}
