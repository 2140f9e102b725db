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
// Fields holding the separator, a quote, CR or LF are quoted; one test per separator.
const NEEDS_QUOTES: Record<CsvSeparator, RegExp> = { ',': /[,"\r\n]/, ';': /[;"\r\n]/ };

/** One field, quoted as RFC 4180 says when it holds the separator, a quote, CR or LF. */
export function formatCsvField(value: CellValue, column: Pick<SheetColumn, 'decimals'>, separator: CsvSeparator): string {
  if (value === null) return '';
  const text =
    typeof value === 'number'
      ? formatPlainNumber(value, separator === ';' ? ',' : '.', column.decimals)
      : FORMULA_START.test(value)
        ? `'${value}`
        : value;
  return NEEDS_QUOTES[separator].test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Formats whole rows into lines (ending in CRLF). Neighbouring rows often repeat a cell (the
 * entry and company of every score of a review), so each column remembers its last value.
 */
export function csvLineWriter(columns: readonly SheetColumn[], separator: CsvSeparator): (row: SheetRow) => string {
  const keys = columns.map((c) => c.key);
  const lastValue: (CellValue | undefined)[] = columns.map(() => undefined);
  const lastText: string[] = columns.map(() => '');
  // Numbers repeat (scores on a scale): each column keeps the text of the ones it has written.
  const numbers = columns.map(() => new Map<number, string>());
  return (row) => {
    let line = '';
    for (let i = 0; i < keys.length; i++) {
      const value = row[keys[i]!] ?? null;
      let text: string;
      if (value === lastValue[i]) text = lastText[i]!;
      else {
        const known = typeof value === 'number' ? numbers[i]!.get(value) : undefined;
        text = known ?? formatCsvField(value, columns[i]!, separator);
        if (typeof value === 'number' && known === undefined && numbers[i]!.size < 1024) numbers[i]!.set(value, text);
        lastValue[i] = value;
        lastText[i] = text;
      }
      line = i === 0 ? text : line + separator + text;
    }
    return line + CRLF;
  };
}

/** The header line, with the BOM unless it is turned off. */
export function csvHeader(columns: readonly SheetColumn[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const locale = options.locale ?? 'da';
  const header = columns.map((c) => formatCsvField(c.header[locale], {}, separator)).join(separator) + CRLF;
  return (options.bom ?? true ? BOM : '') + header;
}

/**
 * The CSV file line by line (each ending in CRLF, the first with the BOM and the header), so a
 * caller can stream tens of thousands of rows without building one giant string.
 */
export function* csvLines(rows: Iterable<SheetRow>, columns: readonly SheetColumn[], options: CsvOptions = {}): Generator<string> {
  const line = csvLineWriter(columns, options.separator ?? ',');
  yield csvHeader(columns, options);
  for (const row of rows) yield line(row);
}

export function toCsv(rows: Iterable<SheetRow>, columns: readonly SheetColumn[], options: CsvOptions = {}): string {
  let out = '';
  for (const chunk of csvLines(rows, columns, options)) out += chunk;
  return out;
}
