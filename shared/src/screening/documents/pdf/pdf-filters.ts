import type { ExpansionBudget } from '../expand-zip-entry.js';
import { inflateZlibBounded } from '../inflate-bounded.js';
import { isArray, isName, type PdfDict } from './pdf-lexer.js';

export type StreamDecode =
  | { ok: true; data: Uint8Array }
  /** `unsupported`: an image or other filter we do not decode (not a problem in itself). */
  | { ok: false; reason: 'unsupported' | 'limit' | 'corrupt'; filter?: string; partial?: Uint8Array };

/** Applies a stream's filters (FlateDecode, ASCIIHexDecode, ASCII85Decode), within the budget. */
export function decodeStream(raw: Uint8Array, dict: PdfDict, budget: ExpansionBudget): StreamDecode {
  const filter = dict.v.get('Filter') ?? dict.v.get('F');
  const filters: string[] = [];
  if (isName(filter)) filters.push(filter.v);
  else if (isArray(filter)) for (const item of filter.v) if (isName(item)) filters.push(item.v);
  let data = raw;
  for (const name of filters) {
    if (name === 'FlateDecode' || name === 'Fl') {
      const result = inflateZlibBounded(data, budget.remaining);
      if (!result.ok) {
        budget.remaining -= result.partial.length;
        return { ok: false, reason: result.reason, filter: name, partial: result.partial };
      }
      budget.remaining -= result.data.length;
      data = result.data;
    } else if (name === 'ASCIIHexDecode' || name === 'AHx') data = asciiHex(data);
    else if (name === 'ASCII85Decode' || name === 'A85') data = ascii85(data);
    else return { ok: false, reason: 'unsupported', filter: name };
  }
  return { ok: true, data };
}

function asciiHex(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / 2));
  let n = 0;
  let high = -1;
  for (const c of data) {
    if (c === 0x3e) break; // '>' ends the data
    const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 55 : c >= 0x61 && c <= 0x66 ? c - 87 : -1;
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out[n++] = (high << 4) | v;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high << 4;
  return out.subarray(0, n);
}

function ascii85(data: Uint8Array): Uint8Array {
  // "z" turns one byte into four, so that is the most the output can grow.
  const out = new Uint8Array(data.length * 4 + 4);
  let n = 0;
  const group: number[] = [];
  const flush = (count: number): void => {
    while (group.length < 5) group.push(84);
    let value = 0;
    for (const g of group) value = value * 85 + g;
    const bytes = [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
    for (let i = 0; i < count - 1; i++) out[n++] = bytes[i]!;
    group.length = 0;
  };
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === 0x7e) break; // '~>' ends the data
    if (c === 0x7a && group.length === 0) {
      // 'z' stands for four zero bytes
      n += 4;
      continue;
    }
    if (c < 0x21 || c > 0x75) continue;
    group.push(c - 0x21);
    if (group.length === 5) flush(5);
  }
  if (group.length > 1) flush(group.length);
  return out.subarray(0, n);
}
