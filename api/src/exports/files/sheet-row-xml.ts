import type { CellValue, SheetRow } from '@fairpitch/shared/exports';

/** A column as the row writer needs it: where the value is, and the style id of its cells (0 for none). */
export interface SheetXmlColumn {
  key: string;
  styleId: number;
}

const ENTITIES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Control characters XML 1.0 cannot hold (all but tab, line feed and carriage return), and DEL; exceljs leaves them out. */
function isDropped(code: number): boolean {
  return code === 127 || (code <= 31 && code !== 9 && code !== 10 && code !== 13);
}

/** Whether a character must be escaped or left out. */
function isSpecial(code: number): boolean {
  return code === 34 || code === 38 || code === 39 || code === 60 || code === 62 || isDropped(code);
}

/** Text for XML as exceljs writes it: the five entities escaped, control characters left out. */
export function xmlText(text: string): string {
  let i = 0;
  while (i < text.length && !isSpecial(text.charCodeAt(i))) i += 1;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const char = text[i]!;
    const code = text.charCodeAt(i);
    if (!isSpecial(code)) out += char;
    else if (!isDropped(code)) out += ENTITIES[char];
  }
  return out;
}

const letters: string[] = [];

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let name = letters[column];
  if (name) return name;
  name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  letters[column] = name;
  return name;
}

function cell(ref: string, styleId: number, value: CellValue): string {
  const style = styleId ? ` s="${styleId}"` : '';
  if (value === null) return styleId ? `<c r="${ref}"${style}/>` : '';
  if (typeof value === 'number') return `<c r="${ref}"${style}><v>${xmlText(String(value))}</v></c>`;
  return `<c r="${ref}"${style} t="str"><v>${xmlText(value)}</v></c>`;
}

/**
 * One data row of a worksheet in the SpreadsheetML that exceljs's streaming writer produces for
 * a row of plain values: numbers as numbers, text as inline strings, empty cells left out unless
 * their column has a style. A row with no value at all is left out (its number stays used), as
 * exceljs does. Returns '' for such a row.
 */
export function sheetRowXml(row: SheetRow, rowNumber: number, columns: readonly SheetXmlColumn[]): string {
  let cells = '';
  let hasValue = false;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const value = row[column.key] ?? null;
    if (value !== null) hasValue = true;
    cells += cell(`${columnLetters(i + 1)}${rowNumber}`, column.styleId, value);
  }
  return hasValue ? `<row r="${rowNumber}" spans="1:${columns.length}" x14ac:dyDescent="0.25">${cells}</row>` : '';
}
