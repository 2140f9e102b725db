import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8 } from 'fflate';
import { DEFAULT_SCREENING_LIMITS } from '../../ruleset-types.js';
import { pdf, pdfStream, pdfWithPages } from '../test-fixtures.js';
import { extractPdfText } from './extract-pdf-text.js';
import { readPdfObjects } from './read-pdf-objects.js';

function textOf(bytes: Uint8Array, maxChars = 100_000): ReturnType<typeof extractPdfText> {
  return extractPdfText(readPdfObjects(bytes, DEFAULT_SCREENING_LIMITS), maxChars, { remaining: 10_000_000 });
}

describe('extractPdfText', () => {
  it('reads Tj text from compressed page streams, one part per page in page order', () => {
    const result = textOf(pdfWithPages(['BT /F1 12 Tf 72 700 Td (Side et) Tj ET', 'BT (Side to) Tj ET']));
    expect(result.parts).toEqual([
      { part: 'page 1', text: expect.stringContaining('Side et') },
      { part: 'page 2', text: expect.stringContaining('Side to') },
    ]);
  });

  it('reads TJ arrays, hex strings, escapes and the quote operators', () => {
    const content = 'BT [(Hel) -20 (lo) -600 (World)] TJ <4E6F7267> Tj (\\(a\\)\\101) Tj (next) \' 1 2 (line) " ET';
    const text = textOf(pdfWithPages([content])).parts[0]!.text;
    expect(text).toContain('Hello World');
    expect(text).toContain('Norg');
    expect(text).toContain('(a)A');
    expect(text).toMatch(/\nnext/);
    expect(text).toMatch(/\nline/);
  });

  it('breaks lines on text positioning so numbers on separate lines do not join', () => {
    const text = textOf(pdfWithPages(['BT (010190) Tj 0 -14 Td (1234) Tj ET'])).parts[0]!.text;
    expect(text).not.toContain('0101901234');
  });

  it('maps codes through a ToUnicode CMap', () => {
    const cmap = `/CIDInit /ProcSet findresource begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0001> <0048> <0002> <0069> endbfchar
1 beginbfrange <0010> <0019> <0030> endbfrange
endcmap`;
    const bytes = pdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      pdfStream('BT /F1 12 Tf <00010002> Tj ( ) Tj <00110012> Tj ET', '', true),
      '<< /Type /Font /Subtype /Type0 /ToUnicode 6 0 R >>',
      pdfStream(cmap, '', true),
    ]);
    expect(textOf(bytes).parts[0]!.text).toContain('Hi');
    expect(textOf(bytes).parts[0]!.text).toContain('12');
  });

  it('reads text of content streams that no page reaches as "stream N"', () => {
    const bytes = pdf(['<< /Type /Catalog >>', pdfStream('BT (orphan text) Tj ET', '', true)]);
    expect(textOf(bytes).parts).toEqual([{ part: 'stream 2', text: expect.stringContaining('orphan text') }]);
  });

  it('reads pages stored inside an object stream', () => {
    const objects = '3 0 4 60 ';
    const page = '<< /Type /Pages /Kids [4 0 R] /Count 1 >>';
    const pageObject = '<< /Type /Page /Parent 3 0 R /Contents 5 0 R >>';
    const body = objects + page.padEnd(60, ' ') + pageObject;
    const bytes = pdf([
      '<< /Type /Catalog /Pages 3 0 R >>',
      pdfStream(body, `/Type /ObjStm /N 2 /First ${objects.length}`, true),
      '<< /Placeholder true >>',
      '<< /Placeholder true >>',
      pdfStream('BT (inside objstm) Tj ET', '', true),
    ]).slice();
    // Objects 3 and 4 are written as placeholders in the body; remove them so the object stream defines them.
    const text = strFromU8(bytes, true).replace(/3 0 obj\n<< \/Placeholder true >>/, '3 0 xxx\n').replace(/4 0 obj\n<< \/Placeholder true >>/, '4 0 xxx\n');
    const patched = strToU8(text, true);
    expect(textOf(patched).parts).toEqual([{ part: 'page 1', text: expect.stringContaining('inside objstm') }]);
  });

  it('gives up on a corrupt compressed stream with a problem, not an exception', () => {
    const broken = '<< /Length 10 /Filter /FlateDecode >>\nstream\n\u00ff\u00fe\u00fd garbage\nendstream';
    const bytes = pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] >>', '<< /Type /Page /Contents 4 0 R >>', broken]);
    const result = textOf(bytes);
    expect(result.problems.join(' ')).toMatch(/corrupt/);
  });

  it('stops at the character limit', () => {
    const result = textOf(pdfWithPages([`BT (${'x'.repeat(150)}) Tj ET`]), 100);
    expect(result.truncated).toBe(true);
    expect(result.parts[0]!.text.length).toBe(100);
  });

  it('survives hostile nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}`;
    const result = textOf(pdfWithPages([`BT ${deep} TJ ET`]));
    expect(result.problems.join(' ')).toMatch(/malformed/);
  });
});

describe('readPdfObjects', () => {
  it('finds objects without an xref table and with a wrong /Length', () => {
    const text = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n2 0 obj << /Length 999 >>\nstream\nBT (x) Tj ET\nendstream\nendobj\n';
    const file = readPdfObjects(strToU8(text, true), DEFAULT_SCREENING_LIMITS);
    expect([...file.objects.keys()]).toEqual([1, 2]);
    const stream = file.objects.get(2)!.stream!;
    expect(text.slice(stream.start, stream.end)).toBe('BT (x) Tj ET');
  });

  it('notes a truncated stream', () => {
    const text = '%PDF-1.4\n1 0 obj << /Length 5 >>\nstream\nBT (x) Tj';
    const file = readPdfObjects(strToU8(text, true), DEFAULT_SCREENING_LIMITS);
    expect(file.problems.join(' ')).toMatch(/truncated/);
  });
});

describe('extractPdfText on drawing-heavy content', () => {
  it('stops tokenising at ten bytes of content per allowed character and says so', () => {
    const drawing = '0 0 m 10 10 l S '.repeat(10_000); // 160,000 bytes without text
    const result = textOf(pdfWithPages([`BT (start) Tj ET ${drawing} BT (end) Tj ET`]), 1000);
    expect(result.problems).toEqual(['PDF content beyond the 10000-byte reading limit was not read']);
    expect(result.parts[0]!.text).toContain('start');
    expect(result.parts[0]!.text).not.toContain('end');
  });
});
