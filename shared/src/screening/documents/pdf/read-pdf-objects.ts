import type { ScreeningLimits } from '../../ruleset-types.js';
import type { ExpansionBudget } from '../expand-zip-entry.js';
import { latin1 } from '../text-bytes.js';
import { decodeStream, type StreamDecode } from './pdf-filters.js';
import { isDict, isName, isRef, PdfLexer, PdfSyntaxError, type PdfDict, type PdfValue } from './pdf-lexer.js';

export interface PdfObject {
  num: number;
  gen: number;
  value: PdfValue;
  /** Byte range of the raw stream data, for stream objects in the file body. */
  stream: { start: number; end: number } | null;
  /** Object number of the object stream it was stored in, if any. */
  inObjectStream: number | null;
}

export interface PdfFile {
  bytes: Uint8Array;
  objects: Map<number, PdfObject>;
  /** Things that were wrong but did not stop the reading. */
  problems: string[];
}

// Objects are found by scanning for "N G obj" rather than trusting the xref table, so a file
// with a broken or missing xref (the common kind of corrupt PDF) still reads.
export function readPdfObjects(bytes: Uint8Array, limits: ScreeningLimits): PdfFile {
  const src = latin1(bytes);
  const objects = new Map<number, PdfObject>();
  const problems: string[] = [];
  const budget: ExpansionBudget = { remaining: limits.maxExpandedBytes };
  let at = 0;
  for (;;) {
    const hit = src.indexOf('obj', at);
    if (hit < 0) break;
    at = hit + 3;
    const header = objectHeader(src, hit);
    if (!header) continue;
    const lexer = new PdfLexer(src, hit + 3);
    let value: PdfValue | undefined;
    try {
      value = lexer.value();
    } catch (error) {
      if (!(error instanceof PdfSyntaxError)) throw error;
      problems.push(`object ${header.num} is malformed`);
      continue;
    }
    if (value === undefined) break;
    let stream: PdfObject['stream'] = null;
    if (isDict(value)) {
      lexer.skipWhitespace();
      if (src.startsWith('stream', lexer.pos)) {
        stream = streamRange(src, lexer.pos + 6, value);
        if (stream.end === src.length) problems.push(`stream of object ${header.num} has no end (truncated file)`);
        at = stream.end;
      } else at = Math.max(at, lexer.pos);
    } else at = Math.max(at, lexer.pos);
    // A later definition (incremental update) replaces an earlier one.
    objects.set(header.num, { num: header.num, gen: header.gen, value, stream, inObjectStream: null });
  }
  const file: PdfFile = { bytes, objects, problems };
  unpackObjectStreams(file, budget);
  return file;
}

/** Checks that "obj" at `hit` is preceded by "<num> <gen> " (a cheap backward scan, no regex). */
function objectHeader(src: string, hit: number): { num: number; gen: number } | null {
  const after = src.charCodeAt(hit + 3);
  if (!Number.isNaN(after) && /[A-Za-z0-9]/.test(src[hit + 3]!)) return null;
  let i = hit - 1;
  const skipSpaces = (): boolean => {
    const start = i;
    while (i >= 0 && (src[i] === ' ' || src[i] === '\r' || src[i] === '\n' || src[i] === '\t')) i -= 1;
    return i < start;
  };
  const readDigits = (): string => {
    const end = i;
    while (i >= 0 && end - i < 10 && src.charCodeAt(i) >= 0x30 && src.charCodeAt(i) <= 0x39) i -= 1;
    return src.slice(i + 1, end + 1);
  };
  if (!skipSpaces()) return null;
  const gen = readDigits();
  if (!gen || !skipSpaces()) return null;
  const num = readDigits();
  if (!num) return null;
  if (i >= 0 && /[0-9A-Za-z.]/.test(src[i]!)) return null;
  return { num: Number(num), gen: Number(gen) };
}

function streamRange(src: string, afterKeyword: number, dict: PdfDict): { start: number; end: number } {
  let start = afterKeyword;
  if (src[start] === '\r') start += 1;
  if (src[start] === '\n') start += 1;
  const length = dict.v.get('Length');
  if (typeof length === 'number' && length >= 0 && start + length <= src.length) {
    let after = start + length;
    while (after < src.length && /\s/.test(src[after]!)) after += 1;
    if (src.startsWith('endstream', after)) return { start, end: start + length };
  }
  // An indirect or wrong /Length: fall back to the endstream keyword.
  const endstream = src.indexOf('endstream', start);
  if (endstream < 0) return { start, end: src.length };
  let end = endstream;
  if (src[end - 1] === '\n') end -= 1;
  if (src[end - 1] === '\r') end -= 1;
  return { start, end: Math.max(start, end) };
}

/** The raw bytes of an object's stream, decoded through its filters within the file's budget. */
export function streamData(file: PdfFile, object: PdfObject, budget: ExpansionBudget): StreamDecode | null {
  if (!object.stream || !isDict(object.value)) return null;
  return decodeStream(file.bytes.subarray(object.stream.start, object.stream.end), object.value, budget);
}

function unpackObjectStreams(file: PdfFile, budget: ExpansionBudget): void {
  // A snapshot: unpacking adds objects to the map, and those must not be visited here.
  for (const container of Array.from(file.objects.values())) {
    if (!isDict(container.value) || !isName(container.value.v.get('Type'), 'ObjStm')) continue;
    const decoded = streamData(file, container, budget);
    if (!decoded || !decoded.ok) {
      if (decoded && decoded.reason !== 'unsupported') file.problems.push(`object stream ${container.num} could not be decoded (${decoded.reason})`);
      if (decoded && decoded.reason === 'limit') return;
      continue;
    }
    const count = container.value.v.get('N');
    const first = container.value.v.get('First');
    if (typeof count !== 'number' || typeof first !== 'number') continue;
    const text = latin1(decoded.data);
    const header = new PdfLexer(text, 0, Math.min(first, text.length));
    const offsets: { num: number; offset: number }[] = [];
    for (let i = 0; i < count; i++) {
      const num = header.value();
      const offset = header.value();
      if (typeof num !== 'number' || typeof offset !== 'number') break;
      offsets.push({ num, offset });
    }
    for (const { num, offset } of offsets) {
      // An object also written directly in the file body keeps that definition.
      if (file.objects.get(num)?.inObjectStream === null) continue;
      try {
        const value = new PdfLexer(text, first + offset).value();
        if (value !== undefined) file.objects.set(num, { num, gen: 0, value, stream: null, inObjectStream: container.num });
      } catch (error) {
        if (!(error instanceof PdfSyntaxError)) throw error;
        file.problems.push(`object ${num} in object stream ${container.num} is malformed`);
      }
    }
  }
}

/** Follows a reference (a few hops at most) to the object's value. */
export function resolve(file: PdfFile, value: PdfValue | undefined): PdfValue | undefined {
  let current = value;
  for (let hops = 0; hops < 8 && isRef(current); hops++) current = file.objects.get(current.n)?.value;
  return isRef(current) ? undefined : current;
}
