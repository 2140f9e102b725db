import { createPositionFinder } from '../data-protection/text-position.js';
import type { ScreeningContext } from '../ruleset-types.js';
import { createIdentityMatcher, type IdentityKind } from './match-identity.js';

export interface IdentityLeak {
  source: 'field' | 'document';
  /** Field path, for entry fields. */
  field?: string;
  attachmentId?: string;
  fileName?: string;
  part?: string;
  kind: IdentityKind;
  offset: number;
  length: number;
  line: number;
  column: number;
  /** The hit in context, every identity hit in view replaced by ████. */
  excerpt: string;
}

const CONTEXT_CHARS = 30;
const BLOCK = '████';

// An excerpt shows text near the hit, and that text may hold things no report may show in
// clear: anything shaped like a CPR number (valid or not) and long token-like strings (keys,
// passwords). Those are blocked too, without trying to judge them.
const SENSITIVE_NEARBY = /(?<!\d)\d{6}[\s\-\u2010-\u2013]?\d{4}(?!\d)|[A-Za-z0-9+/=_-]{24,}/g;

interface Range {
  offset: number;
  length: number;
}

function sensitiveRanges(text: string, start: number, end: number): Range[] {
  // Look a little past the window so a value cut by its edge is still recognised.
  const from = Math.max(0, start - 64);
  const slice = text.slice(from, Math.min(text.length, end + 64));
  return [...slice.matchAll(SENSITIVE_NEARBY)]
    .filter((m) => /\d/.test(m[0]))
    .map((m) => ({ offset: from + m.index, length: m[0].length }));
}

/** `hits` are sorted and do not overlap, so the ones in view are the neighbours of hits[index]. */
function excerptAround(text: string, hits: readonly Range[], index: number): string {
  const hit = hits[index] as Range;
  const start = Math.max(0, hit.offset - CONTEXT_CHARS);
  const end = Math.min(text.length, hit.offset + hit.length + CONTEXT_CHARS);
  let first = index;
  while (first > 0 && (hits[first - 1] as Range).offset + (hits[first - 1] as Range).length > start) first--;
  let last = index;
  while (last < hits.length - 1 && (hits[last + 1] as Range).offset < end) last++;
  const blocked = [...hits.slice(first, last + 1), ...sensitiveRanges(text, start, end)].sort((a, b) => a.offset - b.offset);
  let out = '';
  let cursor = start;
  for (const other of blocked) {
    const otherEnd = other.offset + other.length;
    if (otherEnd <= Math.max(start, cursor) || other.offset >= end) continue;
    out += text.slice(cursor, Math.max(cursor, other.offset)) + BLOCK;
    cursor = Math.max(cursor, otherEnd);
  }
  // A hit running past the window is blocked whole, so the window may end inside it.
  out += text.slice(cursor, Math.max(cursor, end));
  return `${start > 0 ? '…' : ''}${out.replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}

/** Every place in the entry's fields and document texts that reveals who submitted it. */
export function findIdentityLeaks(context: Pick<ScreeningContext, 'identity' | 'fields' | 'texts'>): IdentityLeak[] {
  const match = createIdentityMatcher(context.identity);
  const leaks: IdentityLeak[] = [];
  const scan = (text: string, source: Pick<IdentityLeak, 'source' | 'field' | 'attachmentId' | 'fileName' | 'part'>) => {
    const hits = match(text);
    if (hits.length === 0) return;
    const positionOf = createPositionFinder(text);
    hits.forEach((hit, index) => {
      leaks.push({ ...source, ...hit, ...positionOf(hit.offset), excerpt: excerptAround(text, hits, index) });
    });
  };
  for (const [field, text] of Object.entries(context.fields)) scan(text, { source: 'field', field });
  for (const { attachmentId, fileName, part, text } of context.texts) {
    scan(text, { source: 'document', attachmentId, fileName, part });
  }
  return leaks;
}
