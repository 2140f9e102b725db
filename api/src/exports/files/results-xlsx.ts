import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import {
  SHEET_IDS,
  exportTimestamp,
  isDecided,
  sheetColumns,
  sheetDefinition,
  sheetRowsOf,
  type DecidedChallengeSnapshot,
  type SheetColumn,
  type SheetOptions,
} from '@fairpitch/shared/exports';
import { pinZipTimestamps } from './pin-zip-timestamps.js';

// Text that came from outside must never run as a formula; exceljs writes strings as text cells,
// never formulas, so no escaping is needed here (the CSV writer escapes its own way).

function numberFormat(column: SheetColumn): string | undefined {
  if (column.kind !== 'number') return undefined;
  return column.decimals === undefined ? undefined : `0.${'0'.repeat(column.decimals)}`;
}

/**
 * Writes results.xlsx to `path` with exceljs's streaming writer, one worksheet per sheet in the
 * fixed order, rows written and released one at a time. Byte-identical for the same snapshot:
 * the workbook's creation and change times are the export's timestamp (the decision), and the
 * ZIP entries' times are pinned to it afterwards.
 */
export async function writeResultsXlsx(path: string, snapshot: DecidedChallengeSnapshot, options: SheetOptions, onSheet?: (done: number, total: number) => Promise<void>): Promise<void> {
  const when = new Date(exportTimestamp(snapshot));
  const output = createWriteStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Fairpitch';
  workbook.lastModifiedBy = 'Fairpitch';
  workbook.created = when;
  workbook.modified = when;
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
    let first = true;
    for (const row of sheetRowsOf(id, snapshot, options)) {
      const written = sheet.addRow(columns.map((c) => row[c.key] ?? null));
      // The DRAFT notice sits first, in red, so no copy can pass for the final figures.
      if (draft && first) written.font = { bold: true, color: { argb: 'FFC00000' } };
      first = false;
      written.commit();
    }
    sheet.commit();
    done += 1;
    await onSheet?.(done, SHEET_IDS.length);
  }
  await workbook.commit();
  await finished(output);
  await pinZipTimestamps(path, exportTimestamp(snapshot));
}
