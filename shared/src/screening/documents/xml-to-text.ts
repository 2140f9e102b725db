// Turns an XML part of an Office document into plain text in one linear pass (no regex over
// the whole part, no entity expansion beyond the five predefined ones and numeric references,
// so a "billion laughs" DOCTYPE expands to nothing).

export interface XmlTextOptions {
  /** Elements whose end starts a new line (paragraphs, rows, shared strings). */
  lineElements?: readonly string[];
  /** Elements whose end adds a tab (table cells), so adjacent cells' digits never join. */
  cellElements?: readonly string[];
  /** Empty elements that stand for a tab or a line break. */
  tabElements?: readonly string[];
  breakElements?: readonly string[];
  /** Elements whose text is left out (spreadsheet formulas, phonetic guides). */
  skipElements?: readonly string[];
  /** Skips one element by its attributes, e.g. an xlsx cell that only holds a shared-string index. */
  skipWhen?: (name: string, attributes: string) => boolean;
  maxChars: number;
}

export interface XmlText {
  text: string;
  truncated: boolean;
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,4});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ' ';
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

export function xmlToText(xml: string, options: XmlTextOptions): XmlText {
  const lines = new Set(options.lineElements ?? []);
  const cells = new Set(options.cellElements ?? []);
  const tabs = new Set(options.tabElements ?? []);
  const breaks = new Set(options.breakElements ?? []);
  const skips = new Set(options.skipElements ?? []);
  const parts: string[] = [];
  const out = { length: 0, truncated: false };
  let skipDepth = 0;
  let skippedName = '';

  const emit = (piece: string): boolean => {
    if (!piece) return true;
    if (out.length + piece.length > options.maxChars) {
      parts.push(piece.slice(0, options.maxChars - out.length));
      out.length = options.maxChars;
      out.truncated = true;
      return false;
    }
    parts.push(piece);
    out.length += piece.length;
    return true;
  };

  let i = 0;
  const n = xml.length;
  while (i < n && !out.truncated) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && skipDepth === 0 && !emit(decodeXmlEntities(xml.slice(i, textEnd)))) break;
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      const stop = end < 0 ? n : end;
      if (skipDepth === 0 && !emit(xml.slice(lt + 9, stop))) break;
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (xml.startsWith('<!', lt)) {
      // A DOCTYPE may carry an internal subset in brackets; its entities are never expanded.
      const bracket = xml.indexOf('[', lt);
      const gt = xml.indexOf('>', lt);
      if (bracket >= 0 && gt >= 0 && bracket < gt) {
        const close = xml.indexOf(']>', bracket);
        i = close < 0 ? n : close + 2;
      } else i = gt < 0 ? n : gt + 1;
      continue;
    }
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) break;
    const closing = xml[lt + 1] === '/';
    const selfClosing = xml[gt - 1] === '/';
    let nameEnd = lt + (closing ? 2 : 1);
    while (nameEnd < gt && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd += 1;
    const name = xml.slice(lt + (closing ? 2 : 1), nameEnd);
    i = gt + 1;
    if (closing) {
      if (skipDepth > 0 && name === skippedName) {
        skipDepth -= 1;
        if (skipDepth === 0) skippedName = '';
      }
      if (lines.has(name)) emit('\n');
      else if (cells.has(name)) emit('\t');
      continue;
    }
    if (tabs.has(name)) emit('\t');
    else if (breaks.has(name)) emit('\n');
    if (selfClosing) {
      if (lines.has(name)) emit('\n');
      else if (cells.has(name)) emit('\t');
      continue;
    }
    if (skipDepth > 0) {
      if (name === skippedName) skipDepth += 1;
      continue;
    }
    if (skips.has(name) || options.skipWhen?.(name, xml.slice(nameEnd, gt))) {
      skipDepth = 1;
      skippedName = name;
    }
  }
  return { text: parts.join(''), truncated: out.truncated };
}

function isNameEnd(code: number): boolean {
  // whitespace, '/', '>'
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;
}
