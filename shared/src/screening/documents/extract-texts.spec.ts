import { describe, expect, it } from 'vitest';
import { DEFAULT_SCREENING_LIMITS } from '../ruleset-types.js';
import { extractTexts } from './extract-texts.js';
import { makeScreeningInput } from '../screening-fixtures.js';
import { doc, docx, pdfWithPages, pptx, withDeclaredSize, xlsx, zerosZip, zip } from './test-fixtures.js';

function extract(...documents: ReturnType<typeof doc>[]): ReturnType<typeof extractTexts> {
  return extractTexts(makeScreeningInput({ documents }));
}

describe('extractTexts', () => {
  it('reads plain text files whole, with an empty part', () => {
    const result = extract(doc('notes.md', '# Overskrift\nTekst'), doc('data.csv', 'a;b\n1;2'));
    expect(result.texts).toEqual([
      { attachmentId: 'notes.md', fileName: 'notes.md', part: '', text: '# Overskrift\nTekst' },
      { attachmentId: 'data.csv', fileName: 'data.csv', part: '', text: 'a;b\n1;2' },
    ]);
    expect(result.extractionProblems).toEqual([]);
  });

  it('reads a Word document with its headers, decoding entities', () => {
    const bytes = docx(['Første afsnit &amp; mere', 'Andet afsnit'], {
      'word/header1.xml': '<w:hdr><w:p><w:r><w:t>Sidehoved</w:t></w:r></w:p></w:hdr>',
    });
    const result = extract(doc('tilbud.docx', bytes));
    expect(result.texts.map((text) => text.part)).toEqual(['word/document.xml', 'word/header1.xml']);
    expect(result.texts[0]!.text).toBe('Første afsnit & mere\nAndet afsnit\n');
  });

  it('reads an Excel workbook: shared strings and numbers, cells apart', () => {
    const result = extract(doc('liste.xlsx', xlsx([['Navn', 'Nummer'], ['Jens', 101190], [1234, 5678]])));
    const all = result.texts.map((text) => text.text).join('\n');
    expect(all).toContain('Jens');
    expect(all).toContain('101190');
    expect(all).not.toContain('12345678');
    expect(result.texts.map((text) => text.part)).toEqual(['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']);
  });

  it('reads PowerPoint slides in order, and speaker notes', () => {
    const slides = Array.from({ length: 11 }, (_, i) => [`Dias ${i + 1}`]);
    const result = extract(doc('pitch.pptx', pptx(slides, ['Husk at nævne prisen'])));
    const parts = result.texts.map((text) => text.part);
    expect(parts.slice(0, 3)).toEqual(['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml', 'ppt/slides/slide3.xml']);
    expect(parts.indexOf('ppt/slides/slide10.xml')).toBe(9);
    expect(result.texts.at(-1)).toMatchObject({ part: 'ppt/notesSlides/notesSlide1.xml', text: expect.stringContaining('prisen') });
  });

  it('reads PDF pages', () => {
    const result = extract(doc('bilag.pdf', pdfWithPages(['BT (Kontakt os) Tj ET'])));
    expect(result.texts).toEqual([{ attachmentId: 'bilag.pdf', fileName: 'bilag.pdf', part: 'page 1', text: expect.stringContaining('Kontakt os') }]);
  });

  it('reads files inside a ZIP archive, naming their path', () => {
    const archive = zip({ 'docs/readme.txt': 'hej', 'docs/offer.docx': docx(['Tilbud']), 'logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) });
    const result = extract(doc('bundle.zip', archive));
    expect(result.texts.map((text) => text.part)).toEqual(['docs/offer.docx > word/document.xml', 'docs/readme.txt']);
    expect(result.extractionProblems).toEqual([]);
  });

  it('turns a corrupt PDF into a problem, not an exception', () => {
    const result = extract(doc('broken.pdf', '%PDF-1.7\n\u0000\u0001garbage without objects'));
    expect(result.texts).toEqual([]);
    expect(result.extractionProblems).toEqual([
      { attachmentId: 'broken.pdf', fileName: 'broken.pdf', problem: expect.stringContaining('no PDF objects') },
    ]);
  });

  it('turns a truncated ZIP into a problem', () => {
    const archive = zip({ 'a.txt': 'hello world, this is a text' });
    const result = extract(doc('cut.zip', archive.subarray(0, archive.length - 25)));
    expect(result.extractionProblems[0]!.problem).toMatch(/archive not expanded: corrupt/);
  });

  it('does not expand a zip bomb at all', () => {
    const result = extract(doc('bomb.zip', withDeclaredSize(zerosZip(2_000_000), 4_000_000_000)));
    expect(result.texts).toEqual([]);
    expect(result.extractionProblems[0]!.problem).toMatch(/archive not expanded/);
  });

  it('stops a lying entry once it expands past what it declared', () => {
    const lying = withDeclaredSize(zip({ 'big.txt': 'x'.repeat(3_000_000) }), 1000);
    const result = extract(doc('lie.zip', lying));
    expect(result.texts).toEqual([]);
    expect(result.extractionProblems[0]!.problem).toMatch(/beyond its declared/);
  });

  it('refuses a Word document whose XML is larger than the expansion limit', () => {
    const huge = docx([`${'ord '.repeat(500_000)}`]);
    const result = extractTexts(makeScreeningInput({ documents: [doc('huge.docx', huge)], limits: { ...DEFAULT_SCREENING_LIMITS, maxExpandedBytes: 100_000 } }));
    expect(result.texts).toEqual([]);
    expect(result.extractionProblems[0]!.problem).toMatch(/too-large|exceed/);
  });

  it('caps the total text and reports the cut once', () => {
    const limits = { ...DEFAULT_SCREENING_LIMITS, maxTextChars: 50 };
    const result = extractTexts(makeScreeningInput({ documents: [doc('a.txt', 'a'.repeat(40)), doc('b.txt', 'b'.repeat(40)), doc('c.txt', 'c')], limits }));
    expect(result.texts.map((text) => text.text.length)).toEqual([40, 10]);
    expect(result.extractionProblems.filter((problem) => /text limit/.test(problem.problem))).toHaveLength(1);
  });

  it('reports an unrecognised binary file', () => {
    const result = extract(doc('tool.exe', new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03])));
    expect(result.extractionProblems[0]!.problem).toMatch(/not recognised/);
  });

  it('finishes quickly on a deeply nested bracket bomb in a PDF', () => {
    const started = Date.now();
    const result = extract(doc('deep.pdf', pdfWithPages([`BT ${'['.repeat(200_000)} TJ ET`])));
    expect(result.extractionProblems.length).toBe(1);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
