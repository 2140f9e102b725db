import type { Locale, Localised } from '../../common/localised.js';

/** A cell: text, a number (written with the file's decimal mark) or empty. */
export type CellValue = string | number | null;

/** What a column holds, so a spreadsheet writer can type its cells; dates are UTC RFC 3339 text. */
export type ColumnKind = 'text' | 'number' | 'date';

export interface SheetColumn {
  key: string;
  header: Localised;
  kind: ColumnKind;
  /** Fixed number of decimals for numbers in this column; otherwise the shortest exact form. */
  decimals?: number;
}

export type SheetRow = Readonly<Record<string, CellValue>>;

export const SHEET_IDS = [
  'ranking',
  'scores-by-criterion',
  'scores-by-juror',
  'screening-findings',
  'entries',
  'conflicts',
  'amendments-and-questions',
  'audit-summary',
] as const;
export type SheetId = (typeof SHEET_IDS)[number];

export interface SheetOptions {
  /** Language of headers and of the words in cells (yes/no, statuses). */
  locale: Locale;
  /** Adds the companies' contact persons; only for the internal archive (personal data). */
  includeContactPersons?: boolean;
}

/** A sheet with all its rows in memory; fine for the ranking, not for 300,000 juror scores. */
export interface Sheet {
  id: SheetId;
  /** Tab name (at most 31 characters, as spreadsheet programs require). */
  name: Localised;
  fileName: string;
  /** True when the challenge is not decided; the first row then says DRAFT. */
  draft: boolean;
  columns: SheetColumn[];
  rows: SheetRow[];
}
