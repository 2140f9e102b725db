import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import {
  SHEET_IDS,
  exportTimestamp,
  isDecided,
  sheetColumns,
  sheetDefinition,
  sheetRowBatches,
  type ReviewSource,
  type SheetColumn,
  type SheetOptions,
  type SnapshotWithoutReviews,
} from '@fairpitch/shared/exports';
import { pinZipTimestamps } from './pin-zip-timestamps.js';
import { sheetRowXml, type SheetXmlColumn } from './sheet-row-xml.js';
import { exportFileStream, yieldToIo } from './yield-to-io.js';

// Text that came from outside must never run as a formula; cells are written as text cells,
// never formulas, so no escaping is needed here (the CSV writer escapes its own way).

/** Characters of sheet XML handed to exceljs at a time. */
const XML_PIECE = 256 * 1024;

/** Sheet XML that may wait for the workbook's compressor before more rows are made. */
const ZIP_HIGH_WATER = 1024 * 1024;

/** What exceljs's streaming writer offers beyond its typings: each sheet's XML stream and the workbook's styles. */
interface WorksheetInternals {
  stream: Writable & { pipes?: (Writable & { _writableState?: { length?: number } })[] };
}
interface WorkbookInternals {
  styles: { addStyleModel(model: { numFmt?: string }, cellType: number): number };
}

/** exceljs's value type of numbers (Enums.ValueType.Number), for its style table. */
const NUMBER_CELL = 2;

/**
 * exceljs hands each worksheet's XML to its ZIP writer (archiver) without back-pressure: rows
 * made faster than they are compressed pile up in memory. The only place the lag shows is the
 * pass-through stream archiver reads the sheet from; wait for it to drain when much is waiting.
 * Without that stream (another exceljs version), this only lets the event loop run.
 */
async function waitForCompressor(sheet: WorksheetInternals, output: Writable): Promise<void> {
  // archiver's pass-through comes from the readable-stream package, which has no writableLength.
  const target = sheet.stream.pipes?.[0];
  // eslint-disable-next-line no-underscore-dangle -- the state is the only measure that stream has.
  const waiting = target ? (target.writableLength ?? target._writableState?.length ?? 0) : 0;
  if (target && waiting > ZIP_HIGH_WATER) await new Promise<void>((resolve) => target.once('drain', () => resolve()));
  await yieldToIo(output);
}

function numberFormat(column: SheetColumn): string | undefined {
  if (column.kind !== 'number') return undefined;
  return column.decimals === undefined ? undefined : `0.${'0'.repeat(column.decimals)}`;
}

/** What the workbook shows: the snapshot, and the reviews read a batch at a time. */
export interface WorkbookSource {
  snapshot: SnapshotWithoutReviews;
  reviews: ReviewSource;
}

/**
 * Writes results.xlsx to `path` with exceljs's streaming writer, one worksheet per sheet in the
 * fixed order. exceljs writes the workbook, the styles, each sheet's columns and its styled
 * header (and DRAFT notice); the data rows, up to 300,000 of them, go straight into the sheet's
 * XML a chunk at a time, in the markup exceljs itself writes for such rows (see sheetRowXml),
 * because its cell objects cost more than everything else together. Byte-identical for the
 * same data: the workbook's creation and change times are the export's timestamp (the
 * decision), and the ZIP entries' times are pinned to it afterwards.
 */
export async function writeResultsXlsx(path: string, source: WorkbookSource, options: SheetOptions, onSheet?: (done: number, total: number) => Promise<void>): Promise<void> {
  const { snapshot } = source;
  const when = new Date(exportTimestamp(snapshot));
  const output = exportFileStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Fairpitch';
  workbook.lastModifiedBy = 'Fairpitch';
  workbook.created = when;
  workbook.modified = when;
  const { styles } = workbook as unknown as WorkbookInternals;
  const draft = !isDecided(snapshot);
  let done = 0;
  for (const id of SHEET_IDS) {
    const columns = sheetColumns(id, snapshot, options);
    const sheet = workbook.addWorksheet(sheetDefinition(id).name[options.locale], { views: [{ state: 'frozen', ySplit: draft ? 2 : 1 }] });
    sheet.columns = columns.map((c) => {
      const numFmt = numberFormat(c);
      return { key: c.key, width: Math.min(60, Math.max(10, c.header[options.locale].length + 2)), ...(numFmt ? { style: { numFmt } } : {}) };
    });
    const header = sheet.addRow(columns.map((c) => c.header[options.locale]));
    header.font = { bold: true };
    header.commit();
    // A data cell's style is its column's number format, as exceljs would look it up.
    const xmlColumns: SheetXmlColumn[] = columns.map((c) => {
      const numFmt = numberFormat(c);
      return { key: c.key, styleId: numFmt ? styles.addStyleModel({ numFmt }, NUMBER_CELL) : 0 };
    });
    const internals = sheet as unknown as WorksheetInternals;
    let rowNumber = 2;
    // Rows are joined once per piece: one copy, where adding each to a growing string would
    // leave exceljs a string of a hundred thousand parts to flatten.
    let pending: string[] = [];
    let length = 0;
    for await (const rows of sheetRowBatches(id, snapshot, source.reviews, options)) {
      for (const row of rows) {
        if (draft && rowNumber === 2) {
          // The DRAFT notice sits first, in red, so no copy can pass for the final figures.
          const notice = sheet.addRow(columns.map((c) => row[c.key] ?? null));
          notice.font = { bold: true, color: { argb: 'FFC00000' } };
          notice.commit();
        } else {
          const xml = sheetRowXml(row, rowNumber, xmlColumns);
          pending.push(xml);
          length += xml.length;
        }
        rowNumber += 1;
        if (length >= XML_PIECE) {
          internals.stream.write(pending.join(''));
          pending = [];
          length = 0;
          await waitForCompressor(internals, output);
        }
      }
    }
    if (pending.length) internals.stream.write(pending.join(''));
    sheet.commit();
    done += 1;
    await onSheet?.(done, SHEET_IDS.length);
  }
  await workbook.commit();
  await finished(output);
  await pinZipTimestamps(path, exportTimestamp(snapshot));
}
