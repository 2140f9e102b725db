import { PdfLexer, type PdfValue } from './pdf-lexer.js';

/** A font's ToUnicode CMap: character code → text, and how many bytes one code takes. */
export interface UnicodeMap {
  codeBytes: 1 | 2;
  map: Map<number, string>;
}

// A bfrange wider than this is not a real font mapping; skipping it keeps a hostile CMap cheap.
const MAX_RANGE = 0x10000;
const MAX_MAPPINGS = 200_000;

function utf16be(bytes: string): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
  if (bytes.length % 2) out += bytes[bytes.length - 1];
  return out;
}

function code(bytes: string): number {
  let value = 0;
  for (let i = 0; i < bytes.length && i < 4; i++) value = value * 256 + bytes.charCodeAt(i);
  return value;
}

/** Parses the bfchar and bfrange sections of a ToUnicode CMap (PDF 32000-1 §9.10.3). */
export function parseToUnicode(cmap: string): UnicodeMap {
  const lexer = new PdfLexer(cmap);
  const map = new Map<number, string>();
  let codeBytes: 1 | 2 = 1;
  const operands: PdfValue[] = [];
  let mode: 'none' | 'char' | 'range' | 'space' = 'none';
  for (let steps = 0; steps < 4 * MAX_MAPPINGS && map.size < MAX_MAPPINGS; steps++) {
    const value = lexer.value();
    if (value === undefined) break;
    if (typeof value === 'object' && value !== null && value.t === 'op') {
      if (value.v === 'beginbfchar') mode = 'char';
      else if (value.v === 'beginbfrange') mode = 'range';
      else if (value.v === 'begincodespacerange') mode = 'space';
      else if (value.v.startsWith('end')) mode = 'none';
      operands.length = 0;
      continue;
    }
    operands.push(value);
    if (mode === 'space' && operands.length === 2) {
      const low = operands[0];
      if (typeof low === 'object' && low !== null && low.t === 'str' && low.v.length >= 2) codeBytes = 2;
      operands.length = 0;
    } else if (mode === 'char' && operands.length === 2) {
      const [src, dst] = operands;
      if (isStr(src) && isStr(dst)) {
        if (src.v.length >= 2) codeBytes = 2;
        map.set(code(src.v), utf16be(dst.v));
      }
      operands.length = 0;
    } else if (mode === 'range' && operands.length === 3) {
      const [low, high, dst] = operands;
      if (isStr(low) && isStr(high)) {
        if (low.v.length >= 2) codeBytes = 2;
        const from = code(low.v);
        const to = code(high.v);
        if (to >= from && to - from < MAX_RANGE) {
          if (isStr(dst)) {
            const base = utf16be(dst.v);
            const last = base.charCodeAt(base.length - 1);
            for (let c = from; c <= to; c++) map.set(c, base.slice(0, -1) + String.fromCharCode(last + (c - from)));
          } else if (typeof dst === 'object' && dst !== null && dst.t === 'arr') {
            dst.v.forEach((item, i) => {
              if (isStr(item) && from + i <= to) map.set(from + i, utf16be(item.v));
            });
          }
        }
      }
      operands.length = 0;
    }
  }
  return { codeBytes, map };
}

function isStr(value: PdfValue | undefined): value is { t: 'str'; v: string } {
  return typeof value === 'object' && value !== null && value.t === 'str';
}
