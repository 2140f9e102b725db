import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTextContent, createTextContentChecker } from './text-content.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => {
  // Encode without TextEncoder (not in the ES library): via percent-encoding.
  const escaped = encodeURIComponent(text);
  const out: number[] = [];
  for (let i = 0; i < escaped.length; i++) {
    if (escaped[i] === '%') {
      out.push(parseInt(escaped.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(escaped.charCodeAt(i));
  }
  return Uint8Array.from(out);
};

describe('checkTextContent', () => {
  it('accepts UTF-8 text in Danish, with emoji and with a byte-order mark', () => {
    expect(checkTextContent(utf8('Hej Århus! Æblegrød 😀 {"a":1}'))).toEqual({ ok: true });
    expect(checkTextContent(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ ok: true });
    expect(checkTextContent(bytes())).toEqual({ ok: true });
  });
  it('refuses a NUL byte as a sign of binary content', () => {
    expect(checkTextContent(bytes(0x41, 0x00, 0x42))).toEqual({ ok: false, code: 'upload.text-nul-byte' });
  });
  it('refuses Latin-1 text, which is not UTF-8', () => {
    // "Århus" in ISO-8859-1.
    expect(checkTextContent(bytes(0xc5, 0x72, 0x68, 0x75, 0x73))).toEqual({ ok: false, code: 'upload.text-invalid-utf8' });
  });
  it('refuses overlong encodings, surrogates and code points beyond U+10FFFF', () => {
    expect(checkTextContent(bytes(0xc0, 0xaf))).toEqual({ ok: false, code: 'upload.text-invalid-utf8' });
    expect(checkTextContent(bytes(0xe0, 0x80, 0xaf))).toEqual({ ok: false, code: 'upload.text-invalid-utf8' });
    expect(checkTextContent(bytes(0xed, 0xa0, 0x80))).toEqual({ ok: false, code: 'upload.text-invalid-utf8' });
    expect(checkTextContent(bytes(0xf4, 0x90, 0x80, 0x80))).toEqual({ ok: false, code: 'upload.text-invalid-utf8' });
  });
  it('refuses a sequence cut off at the end of the file', () => {
    expect(checkTextContent(bytes(0x41, 0xe2, 0x82))).toEqual({ ok: false, code: 'upload.text-invalid-utf8' });
  });
});

describe('createTextContentChecker', () => {
  it('accepts a character split across two chunks', () => {
    const euro = utf8('€'); // three bytes
    const checker = createTextContentChecker();
    checker.push(euro.slice(0, 1));
    checker.push(euro.slice(1));
    expect(checker.result()).toEqual({ ok: true });
  });
});

describe('createTextContentChecker with a native validator', () => {
  // The portable checker over a whole buffer stands in for the native validator (a NUL is valid
  // UTF-8 to it), so what is tested here is how the checker stitches sequences across chunks.
  const wholeBufferUtf8 = (b: Uint8Array) => {
    const result = checkTextContent(b.map((x) => (x === 0 ? 0x20 : x)));
    return result.ok;
  };
  // Bytes drawn mostly from what UTF-8 text is made of, so valid multi-byte sequences are common.
  const textLikeByte = fc.oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0x80, max: 0xbf }),
    fc.constantFrom(0xc3, 0xc5, 0xe2, 0xe0, 0xed, 0xf0, 0xf4, 0xf5, 0xc0, 0x00),
  );
  const fromText = fc.string({ unit: 'grapheme', maxLength: 40 }).map(utf8);
  const content = fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.array(textLikeByte, { maxLength: 40 }).map((a) => Uint8Array.from(a)), fromText);

  it('gives the portable checker’s verdict however the bytes are split into chunks', () => {
    fc.assert(
      fc.property(content, fc.array(fc.nat(40), { maxLength: 6 }), (whole, cuts) => {
        const checker = createTextContentChecker({ isWellFormedUtf8: wholeBufferUtf8 });
        const points = [...new Set(cuts.map((c) => Math.min(c, whole.length)))].sort((a, b) => a - b);
        let from = 0;
        for (const to of [...points, whole.length]) {
          checker.push(whole.subarray(from, to));
          from = to;
        }
        expect(checker.result()).toEqual(checkTextContent(whole));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a sequence cut off at the very end, and accepts one completed one byte at a time', () => {
    const euro = utf8('€');
    const cut = createTextContentChecker({ isWellFormedUtf8: wholeBufferUtf8 });
    cut.push(Uint8Array.from([0x41, ...euro.slice(0, 2)]));
    expect(cut.result()).toEqual({ ok: false, code: 'upload.text-invalid-utf8' });
    const byByte = createTextContentChecker({ isWellFormedUtf8: wholeBufferUtf8 });
    for (const b of utf8('Ø€😀')) byByte.push(Uint8Array.of(b));
    expect(byByte.result()).toEqual({ ok: true });
  });
});
