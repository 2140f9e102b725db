import { strFromU8 } from 'fflate';

// Plain-text detection and decoding without TextDecoder (not in the ES2023 lib typings) and
// without regexes over the bytes, so a huge file costs one linear pass.

/** True when the bytes are well-formed UTF-8 with no NUL byte (a UTF-8 BOM is allowed). */
export function isUtf8Text(bytes: Uint8Array): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b === 0) return false;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // Continuation bytes needed, and the smallest code point that form may encode.
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return false;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not valid UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return false;
    i += need + 1;
  }
  return true;
}

/** A UTF-16 text file with a byte-order mark (as Windows tools still write CSV files). */
export function utf16Bom(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  return null;
}

/** Decodes at most `maxChars` characters of UTF-8 (or BOM-marked UTF-16) text. */
export function decodeText(bytes: Uint8Array, maxChars: number): string {
  const bom16 = utf16Bom(bytes);
  if (bom16) return decodeUtf16(bytes.subarray(2), bom16, maxChars);
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  // A UTF-8 character is at most 4 bytes, so 4 × maxChars bytes always suffice; cut on a
  // character boundary so the decoder does not emit a replacement character at the end.
  let end = Math.min(bytes.length, start + maxChars * 4);
  while (end < bytes.length && end > start && (bytes[end]! & 0xc0) === 0x80) end -= 1;
  const text = strFromU8(bytes.subarray(start, end));
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be', maxChars: number): string {
  const units = Math.min(Math.floor(bytes.length / 2), maxChars);
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let u = 0; u < units; u++) {
    const a = bytes[2 * u]!;
    const b = bytes[2 * u + 1]!;
    chunk.push(order === 'le' ? a | (b << 8) : (a << 8) | b);
    if (chunk.length === 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk.length = 0;
    }
  }
  if (chunk.length) parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

/** Bytes as Latin-1 characters, one char per byte (for PDF syntax, which is byte-oriented). */
export function latin1(bytes: Uint8Array): string {
  return strFromU8(bytes, true);
}
