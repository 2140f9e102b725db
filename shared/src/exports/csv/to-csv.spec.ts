import { describe, expect, it } from 'vitest';
import type { SheetColumn } from './sheet-types.js';
import { csvLineWriter, csvLines, formatCsvField, toCsv } from './to-csv.js';

const columns: SheetColumn[] = [
  { key: 'name', header: { da: 'Navn', en: 'Name' }, kind: 'text' },
  { key: 'score', header: { da: 'Point', en: 'Score' }, kind: 'number' },
  { key: 'price', header: { da: 'Pris', en: 'Price' }, kind: 'number', decimals: 2 },
];

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const csv = toCsv([{ name: 'Klimadata ApS', score: 4.5, price: 450000 }], columns);
    expect(csv).toBe('\uFEFFNavn,Point,Pris\r\nKlimadata ApS,4.5,450000.00\r\n');
  });

  it('writes decimal commas when the separator is a semicolon, for Danish Excel', () => {
    const csv = toCsv([{ name: 'Nordisk Mobilitet AB', score: 3.5, price: 380000.5 }], columns, { separator: ';', locale: 'en' });
    expect(csv).toBe('\uFEFFName;Score;Price\r\nNordisk Mobilitet AB;3,5;380000,50\r\n');
  });

  it('can leave out the BOM', () => {
    expect(toCsv([], columns, { bom: false })).toBe('Navn,Point,Pris\r\n');
  });

  it('writes empty cells for null and for missing keys', () => {
    expect(toCsv([{ name: null }], columns, { bom: false })).toBe('Navn,Point,Pris\r\n,,\r\n');
  });
});

describe('formatCsvField', () => {
  it('quotes fields holding the separator, quotes, CR or LF and doubles the quotes (RFC 4180)', () => {
    expect(formatCsvField('a,b', {}, ',')).toBe('"a,b"');
    expect(formatCsvField('a,b', {}, ';')).toBe('a,b');
    expect(formatCsvField('a;b', {}, ';')).toBe('"a;b"');
    expect(formatCsvField('"Kode & Kaffe" I/S', {}, ',')).toBe('"""Kode & Kaffe"" I/S"');
    expect(formatCsvField('line 1\nline 2', {}, ',')).toBe('"line 1\nline 2"');
    expect(formatCsvField('line 1\r\nline 2', {}, ',')).toBe('"line 1\r\nline 2"');
    expect(formatCsvField('plain', {}, ',')).toBe('plain');
  });

  it('keeps text that looks like a formula from running in a spreadsheet', () => {
    expect(formatCsvField('=HYPERLINK("http://evil.example")', {}, ',')).toBe(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(formatCsvField('+45 89 40 20 00', {}, ',')).toBe("'+45 89 40 20 00");
    expect(formatCsvField('@SUM(A1)', {}, ',')).toBe("'@SUM(A1)");
    expect(formatCsvField('-2+3', {}, ',')).toBe("'-2+3");
  });

  it('writes negative numbers as numbers, not as escaped text', () => {
    expect(formatCsvField(-2.5, {}, ',')).toBe('-2.5');
    expect(formatCsvField(-2.5, {}, ';')).toBe('-2,5');
  });

  it('quotes a number whose decimal comma would clash with a comma separator', () => {
    // Cannot happen with the built-in pairs, but the rule holds for any text.
    expect(formatCsvField('4,5', {}, ',')).toBe('"4,5"');
  });
});

describe('csvLines', () => {
  it('yields the header first, then one line per row, lazily', () => {
    let produced = 0;
    function* rows() {
      for (let i = 0; i < 50_000; i++) {
        produced++;
        yield { name: `Entry ${i}`, score: i, price: null };
      }
    }
    const lines = csvLines(rows(), columns, { bom: false });
    expect(lines.next().value).toBe('Navn,Point,Pris\r\n');
    expect(lines.next().value).toBe('Entry 0,0,\r\n');
    expect(produced).toBe(1);
    let count = 2;
    for (const _ of lines) count++;
    expect(count).toBe(50_001);
    expect(produced).toBe(50_000);
  });
});

describe('csvLineWriter', () => {
  it('writes each row as formatCsvField would, also when cells repeat from row to row', () => {
    const line = csvLineWriter(columns, ';');
    const rows = [
      { name: '=SUM(A1)', score: 2.5, price: 10 },
      { name: '=SUM(A1)', score: 2.5, price: null },
      { name: 'a;b', score: -0, price: 10 },
      { name: null, score: 2.5, price: 1e21 },
    ];
    for (const row of [...rows, ...rows]) {
      expect(line(row)).toBe(`${columns.map((c) => formatCsvField(row[c.key as keyof typeof row] ?? null, c, ';')).join(';')}\r\n`);
    }
  });
});
