import { strToU8 } from 'fflate';
import type { DecidedChallengeSnapshot } from '../snapshot.js';
import { sheetPath } from '../zip/archive-layout.js';
import type { ZipFile } from '../zip/build-deterministic-zip.js';
import { SHEET_IDS, type SheetOptions } from './sheet-types.js';
import { sheetCsvLines, sheetDefinition } from './sheets.js';
import type { CsvOptions } from './to-csv.js';

/** Every sheet as a UTF-8 CSV file under `sheets/`, ready for the archive. */
export function sheetCsvFiles(snapshot: DecidedChallengeSnapshot, options: SheetOptions & Omit<CsvOptions, 'locale'>): ZipFile[] {
  return SHEET_IDS.map((id) => {
    let text = '';
    for (const line of sheetCsvLines(id, snapshot, options)) text += line;
    return { path: sheetPath(sheetDefinition(id).fileName), bytes: strToU8(text) };
  });
}
