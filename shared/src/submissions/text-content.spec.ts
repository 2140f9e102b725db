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
