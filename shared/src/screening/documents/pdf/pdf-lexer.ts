// A small tokenizer and object parser for PDF syntax (ISO 32000-1 §7.2–§7.3), working on the
// file as a Latin-1 string (one char per byte). It never recurses deeper than MAX_DEPTH, so a
// hostile file of nested brackets cannot overflow the stack.

export interface PdfName {
  t: 'name';
  v: string;
}
export interface PdfString {
  t: 'str';
  /** The string's bytes as Latin-1 chars. */
  v: string;
}
export interface PdfRef {
  t: 'ref';
  n: number;
  g: number;
}
export interface PdfArray {
  t: 'arr';
  v: PdfValue[];
}
export interface PdfDict {
  t: 'dict';
  v: Map<string, PdfValue>;
}
export interface PdfOp {
  t: 'op';
  v: string;
}
export type PdfValue = null | boolean | number | PdfName | PdfString | PdfRef | PdfArray | PdfDict | PdfOp;

export class PdfSyntaxError extends Error {}

const MAX_DEPTH = 64;
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };

function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}
function isDelimiter(c: number): boolean {
  // ( ) < > [ ] { } / %
  return c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
}
export function isRegular(c: number): boolean {
  return !Number.isNaN(c) && !isWhite(c) && !isDelimiter(c);
}

/** 'int' or 'real' for a PDF number, else null; a char scan, since a regex could backtrack. */
function numberKind(word: string): 'int' | 'real' | null {
  let i = word[0] === '+' || word[0] === '-' ? 1 : 0;
  let digits = 0;
  let dots = 0;
  for (; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits += 1;
    else if (c === 0x2e) dots += 1;
    else return null;
  }
  if (digits === 0 || dots > 1) return null;
  return dots ? 'real' : 'int';
}

type Token =
  | { k: 'num'; v: number; int: boolean }
  | { k: 'name'; v: string }
  | { k: 'str'; v: string }
  | { k: 'kw'; v: string }
  | { k: 'punct'; v: '[' | ']' | '<<' | '>>' | '{' | '}' };

export class PdfLexer {
  pos: number;

  constructor(
    readonly src: string,
    start = 0,
    readonly end = src.length,
  ) {
    this.pos = start;
  }

  skipWhitespace(): void {
    const { src, end } = this;
    while (this.pos < end) {
      const c = src.charCodeAt(this.pos);
      if (isWhite(c)) this.pos += 1;
      else if (c === 0x25) {
        // Comment to end of line.
        while (this.pos < end && src.charCodeAt(this.pos) !== 0x0a && src.charCodeAt(this.pos) !== 0x0d) this.pos += 1;
      } else break;
    }
  }

  private token(): Token | null {
    this.skipWhitespace();
    const { src, end } = this;
    if (this.pos >= end) return null;
    const c = src.charCodeAt(this.pos);
    if (c === 0x28) return { k: 'str', v: this.literalString() };
    if (c === 0x3c) {
      if (src.charCodeAt(this.pos + 1) === 0x3c) {
        this.pos += 2;
        return { k: 'punct', v: '<<' };
      }
      return { k: 'str', v: this.hexString() };
    }
    if (c === 0x3e) {
      this.pos += src.charCodeAt(this.pos + 1) === 0x3e ? 2 : 1;
      return { k: 'punct', v: '>>' };
    }
    if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      this.pos += 1;
      return { k: 'punct', v: String.fromCharCode(c) as '[' | ']' | '{' | '}' };
    }
    if (c === 0x2f) return { k: 'name', v: this.name() };
    if (c === 0x29) {
      // A stray ")" is not valid anywhere; skip it.
      this.pos += 1;
      return this.token();
    }
    const start = this.pos;
    while (this.pos < end && isRegular(src.charCodeAt(this.pos))) this.pos += 1;
    const word = src.slice(start, this.pos);
    const kind = numberKind(word);
    if (kind) return { k: 'num', v: Number(word), int: kind === 'int' };
    return { k: 'kw', v: word };
  }

  private name(): string {
    const { src, end } = this;
    this.pos += 1;
    let out = '';
    while (this.pos < end) {
      const c = src.charCodeAt(this.pos);
      if (!isRegular(c)) break;
      // #xx escapes hide names such as /J#61vaScript from naive scanners; decode them.
      if (c === 0x23 && /^[0-9a-fA-F]{2}$/.test(src.slice(this.pos + 1, this.pos + 3))) {
        out += String.fromCharCode(parseInt(src.slice(this.pos + 1, this.pos + 3), 16));
        this.pos += 3;
        continue;
      }
      out += src[this.pos];
      this.pos += 1;
    }
    return out;
  }

  private literalString(): string {
    const { src, end } = this;
    this.pos += 1;
    let depth = 1;
    const parts: string[] = [];
    let runStart = this.pos;
    while (this.pos < end) {
      const c = src.charCodeAt(this.pos);
      // Plain characters are copied in runs; only \, ( and ) need attention.
      if (c !== 0x5c && c !== 0x28 && c !== 0x29) {
        this.pos += 1;
        continue;
      }
      if (c === 0x28) {
        depth += 1;
        this.pos += 1;
        continue;
      }
      if (c === 0x29) {
        depth -= 1;
        if (depth === 0) {
          parts.push(src.slice(runStart, this.pos));
          this.pos += 1;
          return parts.join('');
        }
        this.pos += 1;
        continue;
      }
      parts.push(src.slice(runStart, this.pos));
      this.escape(parts);
      runStart = this.pos;
    }
    parts.push(src.slice(runStart, Math.min(this.pos, end)));
    return parts.join('');
  }

  /** Reads the escape sequence at `pos` (a backslash) into `parts`. */
  private escape(parts: string[]): void {
    const { src } = this;
    const next = src[this.pos + 1];
    this.pos += 2;
    if (next === undefined) return;
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) parts.push(simple);
    else if (next >= '0' && next <= '7') {
      let digits = next;
      while (digits.length < 3 && src[this.pos]! >= '0' && src[this.pos]! <= '7') {
        digits += src[this.pos];
        this.pos += 1;
      }
      parts.push(String.fromCharCode(parseInt(digits, 8) & 0xff));
    } else if (next === '\r') {
      // A backslash before an end of line continues the string on the next line.
      if (src[this.pos] === '\n') this.pos += 1;
    } else if (next !== '\n') parts.push(next);
  }

  private hexString(): string {
    const { src, end } = this;
    this.pos += 1;
    let digits = '';
    while (this.pos < end && src[this.pos] !== '>') {
      const c = src.charCodeAt(this.pos);
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)) digits += src[this.pos];
      this.pos += 1;
    }
    this.pos += 1;
    if (digits.length % 2) digits += '0';
    let out = '';
    for (let i = 0; i < digits.length; i += 2) out += String.fromCharCode(parseInt(digits.slice(i, i + 2), 16));
    return out;
  }

  /** The next value, or an operator keyword (`{t:'op'}`) in content streams; undefined at the end. */
  value(depth = 0): PdfValue | undefined {
    if (depth > MAX_DEPTH) throw new PdfSyntaxError('nesting too deep');
    const token = this.token();
    if (!token) return undefined;
    switch (token.k) {
      case 'num':
        if (token.int && token.v >= 0) return this.maybeRef(token.v);
        return token.v;
      case 'name':
        return { t: 'name', v: token.v };
      case 'str':
        return { t: 'str', v: token.v };
      case 'kw':
        if (token.v === 'true') return true;
        if (token.v === 'false') return false;
        if (token.v === 'null') return null;
        return { t: 'op', v: token.v };
      case 'punct':
        if (token.v === '[') return this.array(depth);
        if (token.v === '<<') return this.dict(depth);
        return { t: 'op', v: token.v };
    }
  }

  private maybeRef(first: number): PdfValue {
    const save = this.pos;
    const second = this.token();
    if (second && second.k === 'num' && second.int) {
      const third = this.token();
      if (third && third.k === 'kw' && third.v === 'R') return { t: 'ref', n: first, g: second.v };
    }
    this.pos = save;
    return first;
  }

  private array(depth: number): PdfArray {
    const items: PdfValue[] = [];
    for (;;) {
      const save = this.pos;
      const token = this.token();
      if (!token) return { t: 'arr', v: items };
      if (token.k === 'punct' && token.v === ']') return { t: 'arr', v: items };
      this.pos = save;
      const item = this.value(depth + 1);
      if (item === undefined) return { t: 'arr', v: items };
      items.push(item);
    }
  }

  private dict(depth: number): PdfDict {
    const entries = new Map<string, PdfValue>();
    for (;;) {
      const token = this.token();
      if (!token || (token.k === 'punct' && token.v === '>>')) return { t: 'dict', v: entries };
      if (token.k !== 'name') continue;
      const save = this.pos;
      const next = this.token();
      if (!next || (next.k === 'punct' && next.v === '>>')) {
        entries.set(token.v, null);
        return { t: 'dict', v: entries };
      }
      this.pos = save;
      const item = this.value(depth + 1);
      if (item === undefined) return { t: 'dict', v: entries };
      entries.set(token.v, item);
    }
  }
}

export function isDict(value: PdfValue | undefined): value is PdfDict {
  return typeof value === 'object' && value !== null && value.t === 'dict';
}
export function isName(value: PdfValue | undefined, name?: string): value is PdfName {
  return typeof value === 'object' && value !== null && value.t === 'name' && (name === undefined || value.v === name);
}
export function isRef(value: PdfValue | undefined): value is PdfRef {
  return typeof value === 'object' && value !== null && value.t === 'ref';
}
export function isArray(value: PdfValue | undefined): value is PdfArray {
  return typeof value === 'object' && value !== null && value.t === 'arr';
}
