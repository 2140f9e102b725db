import { createPositionFinder } from '../data-protection/text-position.js';
import type { ScreeningContext } from '../ruleset-types.js';
import { createIdentityMatcher, type IdentityKind, type IdentityMatch } from './match-identity.js';

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

function excerptAround(text: string, hit: IdentityMatch, all: IdentityMatch[]): string {
  const start = Math.max(0, hit.offset - CONTEXT_CHARS);
  const end = Math.min(text.length, hit.offset + hit.length + CONTEXT_CHARS);
  let out = '';
  let cursor = start;
  for (const other of all) {
    const otherEnd = other.offset + other.length;
    if (otherEnd <= start || other.offset >= end) continue;
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
    for (const hit of hits) {
      leaks.push({ ...source, ...hit, ...positionOf(hit.offset), excerpt: excerptAround(text, hit, hits) });
    }
  };
  for (const [field, text] of Object.entries(context.fields)) scan(text, { source: 'field', field });
  for (const { attachmentId, fileName, part, text } of context.texts) {
    scan(text, { source: 'document', attachmentId, fileName, part });
  }
  return leaks;
}
