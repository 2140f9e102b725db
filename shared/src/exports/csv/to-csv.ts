import type { Locale } from '../../common/localised.js';
import { formatPlainNumber } from '../format-number.js';
import type { CellValue, SheetColumn, SheetRow } from './sheet-types.js';

export type CsvSeparator = ',' | ';';

export interface CsvOptions {
  /**
   * `,` (numbers with a decimal point) or `;` (numbers with a decimal comma), the latter being
   * what Excel with Danish regional settings reads without an import dialog.
   */
  separator?: CsvSeparator;
  /** Start with a UTF-8 byte order mark so Excel reads æøå correctly. Default true. */
  bom?: boolean;
  /** Language of the header row. Default Danish. */
  locale?: Locale;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

// Spreadsheet programs run a cell that starts with one of these as a formula; text that came
// from outside (a company name, a justification) must never do that (CSV injection), so such
// text gets a leading apostrophe, which Excel and LibreOffice show as plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted as RFC 4180 says when it holds the separator, a quote, CR or LF. */
export function formatCsvField(value: CellValue, column: Pick<SheetColumn, 'decimals'>, separator: CsvSeparator): string {
  if (value === null) return '';
  const text =
    typeof value === 'number'
      ? formatPlainNumber(value, separator === ';' ? ',' : '.', column.decimals)
      : FORMULA_START.test(value)
        ? `'${value}`
        : value;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(fields: string[], separator: CsvSeparator): string {
  return fields.join(separator) + CRLF;
}

/**
 * The CSV file line by line (each ending in CRLF, the first with the BOM and the header), so a
 * caller can stream tens of thousands of rows without building one giant string.
 */
export function* csvLines(rows: Iterable<SheetRow>, columns: readonly SheetColumn[], options: CsvOptions = {}): Generator<string> {
  const separator = options.separator ?? ',';
  const locale = options.locale ?? 'da';
  const header = line(columns.map((c) => formatCsvField(c.header[locale], {}, separator)), separator);
  yield (options.bom ?? true ? BOM : '') + header;
  for (const row of rows) {
    yield line(columns.map((c) => formatCsvField(row[c.key] ?? null, c, separator)), separator);
  }
}

export function toCsv(rows: Iterable<SheetRow>, columns: readonly SheetColumn[], options: CsvOptions = {}): string {
  let out = '';
  for (const chunk of csvLines(rows, columns, options)) out += chunk;
  return out;
}
