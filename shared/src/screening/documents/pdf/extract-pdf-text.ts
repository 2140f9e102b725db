import type { ExpansionBudget } from '../expand-zip-entry.js';
import { latin1 } from '../text-bytes.js';
import { isArray, isDict, isName, isRef, PdfLexer, PdfSyntaxError, type PdfDict, type PdfValue } from './pdf-lexer.js';
import { resolve, streamData, type PdfFile, type PdfObject } from './read-pdf-objects.js';
import { parseToUnicode, type UnicodeMap } from './to-unicode.js';

// Best-effort text from a PDF: page content streams in page order ("page N"), then any other
// content-like stream not reached from a page ("stream N", N = object number). Text operators
// Tj, TJ, ' and " with literal and hex strings; ToUnicode maps when the font has one.

export interface PdfPartText {
  part: string;
  text: string;
}

export interface PdfTextResult {
  parts: PdfPartText[];
  problems: string[];
  truncated: boolean;
}

const MAX_PAGES = 10_000;
const MAX_FORM_DEPTH = 4;
// A gap this wide inside a TJ array (thousandths of an em) is a word space in practice.
const TJ_SPACE = -200;

// Windows-1252 in 0x80–0x9F, the range where it differs from Latin-1 (common in simple fonts).
const WIN_ANSI: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

class TextSink {
  private readonly pieces: string[] = [];
  length = 0;
  truncated = false;

  constructor(private readonly maxChars: number) {}

  push(text: string): void {
    if (!text || this.truncated) return;
    if (this.length + text.length > this.maxChars) {
      this.pieces.push(text.slice(0, this.maxChars - this.length));
      this.length = this.maxChars;
      this.truncated = true;
      return;
    }
    this.pieces.push(text);
    this.length += text.length;
  }

  break(separator: '\n' | ' '): void {
    const last = this.pieces[this.pieces.length - 1];
    if (last !== undefined && !last.endsWith('\n') && !last.endsWith(separator)) this.push(separator);
  }

  take(): string {
    const text = this.pieces.join('');
    this.pieces.length = 0;
    return text;
  }
}

/**
 * Content streams read per PDF, as a multiple of the text limit: drawing operators carry no
 * text but cost time to tokenise, so this bounds the CPU a hostile PDF can take.
 */
export const CONTENT_BYTES_PER_TEXT_CHAR = 10;

export function extractPdfText(file: PdfFile, maxChars: number, budget: ExpansionBudget): PdfTextResult {
  const sink = new TextSink(maxChars);
  const content = { left: maxChars * CONTENT_BYTES_PER_TEXT_CHAR, total: maxChars * CONTENT_BYTES_PER_TEXT_CHAR };
  const parts: PdfPartText[] = [];
  const problems: string[] = [];
  const used = new Set<number>();
  const fontCache = new Map<number, UnicodeMap | null>();
  const pages = collectPages(file);
  pages.forEach((page, index) => {
    if (sink.truncated) return;
    used.add(page.num);
    const dict = page.value as PdfDict;
    const resources = inheritedResources(file, dict);
    const contents = resolveContents(file, dict.v.get('Contents'));
    for (const stream of contents) {
      used.add(stream.num);
      runContent({ file, budget, content, sink, used, fontCache, problems }, stream, resources, 0);
      sink.break('\n');
    }
    const text = sink.take();
    if (text.trim()) parts.push({ part: `page ${index + 1}`, text });
  });
  for (const object of file.objects.values()) {
    if (sink.truncated) break;
    if (used.has(object.num) || !object.stream || !isDict(object.value) || !mayHoldContent(object.value)) continue;
    runContent({ file, budget, content, sink, used, fontCache, problems }, object, undefined, 0);
    const text = sink.take();
    if (text.trim()) parts.push({ part: `stream ${object.num}`, text });
  }
  return { parts, problems: [...new Set(problems)], truncated: sink.truncated };
}

function collectPages(file: PdfFile): PdfObject[] {
  let catalog: PdfDict | undefined;
  for (const object of file.objects.values()) {
    if (isDict(object.value) && isName(object.value.v.get('Type'), 'Catalog')) catalog = object.value;
  }
  const pages: PdfObject[] = [];
  const seen = new Set<number>();
  const walk = (node: PdfValue | undefined, depth: number): void => {
    if (!isRef(node) || seen.has(node.n) || depth > 32 || pages.length >= MAX_PAGES) return;
    seen.add(node.n);
    const object = file.objects.get(node.n);
    if (!object || !isDict(object.value)) return;
    const kids = resolve(file, object.value.v.get('Kids'));
    if (isArray(kids)) for (const kid of kids.v) walk(kid, depth + 1);
    else if (isName(object.value.v.get('Type'), 'Page') || object.value.v.has('Contents')) pages.push(object);
  };
  if (catalog) walk(catalog.v.get('Pages'), 0);
  if (pages.length) return pages;
  // No usable page tree (a damaged file): take page objects in object-number order.
  return [...file.objects.values()]
    .filter((object) => isDict(object.value) && isName(object.value.v.get('Type'), 'Page'))
    .toSorted((a, b) => a.num - b.num)
    .slice(0, MAX_PAGES);
}

function inheritedResources(file: PdfFile, page: PdfDict): PdfDict | undefined {
  let node: PdfDict | undefined = page;
  for (let depth = 0; node && depth < 32; depth++) {
    const resources = resolve(file, node.v.get('Resources'));
    if (isDict(resources)) return resources;
    const parent = resolve(file, node.v.get('Parent'));
    node = isDict(parent) ? parent : undefined;
  }
  return undefined;
}

function resolveContents(file: PdfFile, contents: PdfValue | undefined): PdfObject[] {
  const refs = isRef(contents) ? [contents] : [];
  const direct = isRef(contents) ? file.objects.get(contents.n)?.value : contents;
  if (isArray(direct)) refs.splice(0, refs.length, ...direct.v.filter(isRef));
  return refs.map((ref) => file.objects.get(ref.n)).filter((object): object is PdfObject => !!object?.stream);
}

/** Streams that may be page content or form XObjects (not images, fonts, metadata or xref). */
function mayHoldContent(dict: PdfDict): boolean {
  const type = dict.v.get('Type');
  const subtype = dict.v.get('Subtype');
  if (isName(type) && type.v !== 'XObject') return false;
  if (isName(subtype) && subtype.v !== 'Form') return false;
  return !dict.v.has('Length1') && !dict.v.has('Length2') && !dict.v.has('Width');
}

function fontsOf(
  file: PdfFile,
  resources: PdfDict | undefined,
  cache: Map<number, UnicodeMap | null>,
  budget: ExpansionBudget,
): Map<string, UnicodeMap | null> {
  const fonts = new Map<string, UnicodeMap | null>();
  const fontDict = resolve(file, resources?.v.get('Font'));
  if (!isDict(fontDict)) return fonts;
  for (const [name, ref] of fontDict.v) {
    if (!isRef(ref)) continue;
    if (!cache.has(ref.n)) cache.set(ref.n, loadToUnicode(file, ref.n, budget));
    fonts.set(name, cache.get(ref.n) ?? null);
  }
  return fonts;
}

function loadToUnicode(file: PdfFile, fontNum: number, budget: ExpansionBudget): UnicodeMap | null {
  const font = file.objects.get(fontNum)?.value;
  if (!isDict(font)) return null;
  const ref = font.v.get('ToUnicode');
  if (!isRef(ref)) return null;
  const object = file.objects.get(ref.n);
  if (!object) return null;
  const decoded = streamData(file, object, budget);
  if (!decoded?.ok) return null;
  try {
    return parseToUnicode(latin1(decoded.data));
  } catch (error) {
    if (error instanceof PdfSyntaxError) return null;
    throw error;
  }
}

interface RunState {
  file: PdfFile;
  budget: ExpansionBudget;
  content: { left: number; total: number };
  sink: TextSink;
  used: Set<number>;
  fontCache: Map<number, UnicodeMap | null>;
  problems: string[];
}

function runContent(state: RunState, stream: PdfObject, resources: PdfDict | undefined, depth: number): void {
  const { file, budget, content, sink, used, fontCache, problems } = state;
  if (content.left <= 0) return;
  const decoded = streamData(file, stream, budget);
  if (!decoded) return;
  let data: Uint8Array;
  if (decoded.ok) data = decoded.data;
  else if (decoded.reason === 'unsupported') return;
  else {
    problems.push(decoded.reason === 'limit' ? 'PDF streams expand beyond the size limit' : `stream ${stream.num} is corrupt`);
    if (!decoded.partial?.length) return;
    data = decoded.partial;
  }
  if (data.length > content.left) {
    problems.push(`PDF content beyond the ${content.total}-byte reading limit was not read`);
    data = data.subarray(0, content.left);
  }
  content.left -= data.length;
  const ownResources = isDict(stream.value) ? resolve(file, stream.value.v.get('Resources')) : undefined;
  const effective = isDict(ownResources) ? ownResources : resources;
  const fonts = fontsOf(file, effective, fontCache, budget);
  const xobjects = resolve(file, effective?.v.get('XObject'));
  const runForm = (name: string): void => {
    if (depth >= MAX_FORM_DEPTH || !isDict(xobjects)) return;
    const ref = xobjects.v.get(name);
    if (!isRef(ref) || used.has(ref.n)) return;
    const form = file.objects.get(ref.n);
    if (!form?.stream || !isDict(form.value) || !isName(form.value.v.get('Subtype'), 'Form')) return;
    used.add(ref.n);
    runContent(state, form, effective, depth + 1);
  };
  try {
    readTextOperators(latin1(data), fonts, sink, runForm);
  } catch (error) {
    if (!(error instanceof PdfSyntaxError)) throw error;
    problems.push(`stream ${stream.num} has malformed content`);
  }
}

function readTextOperators(
  src: string,
  fonts: Map<string, UnicodeMap | null>,
  sink: TextSink,
  runForm: (name: string) => void,
): void {
  const lexer = new PdfLexer(src);
  const operands: PdfValue[] = [];
  let font: UnicodeMap | null = null;
  let lastY: number | null = null;
  const show = (value: PdfValue | undefined): void => {
    if (typeof value === 'object' && value !== null && value.t === 'str') sink.push(decodeShown(value.v, font));
  };
  for (;;) {
    if (sink.truncated) return;
    const value = lexer.value();
    if (value === undefined) return;
    if (typeof value !== 'object' || value === null || value.t !== 'op') {
      // Operators take at most a handful of operands; keep the stack small whatever the input.
      if (operands.length >= 16) operands.shift();
      operands.push(value);
      continue;
    }
    const at = (i: number): PdfValue | undefined => operands[operands.length - 1 - i];
    switch (value.v) {
      case 'Tf': {
        const name = at(1);
        font = isName(name) ? (fonts.get(name.v) ?? null) : null;
        break;
      }
      case 'Tj':
        show(at(0));
        break;
      case "'":
      case '"':
        sink.break('\n');
        show(at(0));
        break;
      case 'TJ': {
        const items = at(0);
        if (isArray(items)) {
          for (const item of items.v) {
            if (typeof item === 'number') {
              if (item < TJ_SPACE) sink.break(' ');
            } else show(item);
          }
        }
        break;
      }
      case 'Td':
      case 'TD': {
        const ty = at(0);
        sink.break(typeof ty === 'number' && ty !== 0 ? '\n' : ' ');
        break;
      }
      case 'Tm': {
        const y = at(0);
        sink.break(typeof y === 'number' && lastY !== null && y !== lastY ? '\n' : ' ');
        if (typeof y === 'number') lastY = y;
        break;
      }
      case 'T*':
      case 'ET':
        sink.break('\n');
        break;
      case 'ID':
        skipInlineImage(lexer);
        break;
      case 'Do': {
        const name = at(0);
        if (isName(name)) runForm(name.v);
        break;
      }
      default:
        break;
    }
    operands.length = 0;
  }
}

function skipInlineImage(lexer: PdfLexer): void {
  const { src } = lexer;
  let at = lexer.pos + 1;
  for (;;) {
    const hit = src.indexOf('EI', at);
    if (hit < 0) {
      lexer.pos = src.length;
      return;
    }
    const before = src.charCodeAt(hit - 1);
    const after = src.charCodeAt(hit + 2);
    if ((before === 0x20 || before === 0x0a || before === 0x0d) && (Number.isNaN(after) || after <= 0x20)) {
      lexer.pos = hit + 2;
      return;
    }
    at = hit + 2;
  }
}

function decodeShown(bytes: string, font: UnicodeMap | null): string {
  if (font) {
    let out = '';
    const step = font.codeBytes;
    for (let i = 0; i + step <= bytes.length; i += step) {
      const code = step === 2 ? (bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1) : bytes.charCodeAt(i);
      out += font.map.get(code) ?? '';
    }
    return out;
  }
  if (bytes.charCodeAt(0) === 0xfe && bytes.charCodeAt(1) === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    return out;
  }
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) out += bytes[i];
    else if (c >= 0xa0) out += bytes[i];
    else if (WIN_ANSI[c]) out += WIN_ANSI[c];
    else if (c === 0x09) out += ' ';
  }
  return out;
}
