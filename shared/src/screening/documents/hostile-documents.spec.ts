import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { DEFAULT_SCREENING_LIMITS } from '../ruleset-types.js';
import { makeScreeningInput } from '../screening-fixtures.js';
import { extractTexts } from './extract-texts.js';
import { rules as sbomRules } from '../sbom/index.js';
import { rules as documentRules } from './index.js';
import { doc, docx, pdf, pdfStream, pdfWithPages, zip } from './test-fixtures.js';

// Whatever the bytes, extraction and the document and SBOM rules return results; they never throw.
function screenAll(bytes: Uint8Array, fileName: string): void {
  const input = makeScreeningInput({ documents: [doc(fileName, bytes)] });
  const context = { ...input, ...extractTexts(input) };
  for (const rule of [...documentRules, ...sbomRules]) rule.evaluate(context);
}

const seeds: [string, Uint8Array][] = [
  ['a.docx', docx(['Hej', 'med dig'])],
  ['b.pdf', pdfWithPages(['BT (Hej) Tj ET'])],
  ['c.pdf', pdf(['<< /Type /Catalog >>', pdfStream('1 0 << /JS (x) >>', '/Type /ObjStm /N 1 /First 4', true)])],
  ['d.zip', zip({ 'a.txt': 'x', 'b/c.docx': docx(['y']) })],
];

describe('hostile and corrupt documents', () => {
  it('never make extraction or a document rule throw, however the bytes are mutated', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }),
        fc.option(fc.nat(), { nil: undefined }),
        ([fileName, seed], edits, cut) => {
          const bytes = seed.slice(0, cut === undefined ? seed.length : cut % (seed.length + 1));
          for (const [at, value] of edits) if (bytes.length) bytes[at % bytes.length] = value;
          expect(() => screenAll(bytes, fileName)).not.toThrow();
        },
      ),
      { numRuns: 300, seed: 20261127 },
    );
  });

  it('never throw on random bytes behind any magic number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('%PDF-1.7\n', 'PK\u0003\u0004', '', '{"bomFormat":"CycloneDX"'),
        fc.uint8Array({ maxLength: 2000 }),
        (magic, rest) => {
          const head = Uint8Array.from(magic, (c) => c.charCodeAt(0));
          const bytes = new Uint8Array(head.length + rest.length);
          bytes.set(head);
          bytes.set(rest, head.length);
          expect(() => screenAll(bytes, 'x.pdf')).not.toThrow();
          expect(() => screenAll(bytes, 'bom.json')).not.toThrow();
        },
      ),
      { numRuns: 300, seed: 20261127 },
    );
  });

  it('turns a huge deeply nested XML part into text without recursion', () => {
    const deep = `${'<w:p>'.repeat(200_000)}<w:t>bund</w:t>${'</w:p>'.repeat(200_000)}`;
    const bytes = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': deep });
    // So repetitive a part compresses past the ratio limit; lift it to reach the XML reader.
    const limits = { ...DEFAULT_SCREENING_LIMITS, maxCompressionRatio: 100_000 };
    const result = extractTexts(makeScreeningInput({ documents: [doc('deep.docx', bytes)], limits }));
    expect(result.extractionProblems).toEqual([]);
    expect(result.texts[0]!.text).toContain('bund');
  });
});
