import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readArchive, type SheetRow } from '@fairpitch/shared/exports';
import { columnLetters, sheetRowXml, xmlText } from './sheet-row-xml.js';

const rows: SheetRow[] = [
  { entry: 'Bidrag 1', price: 450000.5, note: 'Plain text', score: 4 },
  { entry: 'Tegn: <&> "quoted" \'single\' æøå ✓ 😀', price: null, note: 'ctrl\u0001\u0008\u000b\u001f\u007f kept\ttab\nline\rreturn', score: -2.25 },
  { entry: '', price: -0, note: null, score: null },
  { entry: null, price: null, note: null, score: null },
  { entry: '=HYPERLINK("x")', price: 1e21, note: '   spaces   ', score: 1.5e-7 },
];

/** The rows as exceljs's own streaming writer writes them (cell objects, styles looked up per cell). */
async function exceljsSheetXml(): Promise<{ xml: string; priceStyle: number }> {
  const out = new PassThrough();
  const bytes = buffer(out);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Test');
  sheet.columns = [{ key: 'entry' }, { key: 'price', style: { numFmt: '0.00' } }, { key: 'note' }, { key: 'score' }];
  for (const row of rows) sheet.addRow([row['entry'] ?? null, row['price'] ?? null, row['note'] ?? null, row['score'] ?? null]).commit();
  sheet.commit();
  const styles = (workbook as unknown as { styles: { addStyleModel(model: object, type: number): number } }).styles;
  const priceStyle = styles.addStyleModel({ numFmt: '0.00' }, 2);
  await workbook.commit();
  const sheetXml = new TextDecoder().decode(readArchive(new Uint8Array(await bytes)).get('xl/worksheets/sheet1.xml'));
  return { xml: /<sheetData>(.*)<\/sheetData>/s.exec(sheetXml)![1]!, priceStyle };
}

describe('sheetRowXml', () => {
  it('writes rows exactly as exceljs writes them, escapes and empty cells included', async () => {
    const { xml, priceStyle } = await exceljsSheetXml();
    expect(priceStyle).toBeGreaterThan(0);
    const columns = [
      { key: 'entry', styleId: 0 },
      { key: 'price', styleId: priceStyle },
      { key: 'note', styleId: 0 },
      { key: 'score', styleId: 0 },
    ];
    expect(rows.map((row, i) => sheetRowXml(row, i + 1, columns)).join('')).toBe(xml);
  });

  it('leaves out a row without values, as exceljs does', () => {
    expect(sheetRowXml({ a: null }, 7, [{ key: 'a', styleId: 0 }])).toBe('');
  });
});

describe('xmlText', () => {
  it('escapes the five XML characters and leaves out control characters XML cannot hold', () => {
    expect(xmlText('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    expect(xmlText('tab\tline\ncr\r\u0000\u001f\u007f😀')).toBe('tab\tline\ncr\r😀');
    expect(xmlText('nothing to do')).toBe('nothing to do');
  });
});

describe('columnLetters', () => {
  it('names columns as spreadsheets do', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
