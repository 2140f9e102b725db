import { serialiseOcdsReleasePackage } from './build-ocds-release-package.js';
import { OCDS_LIST_BATCH, type OcdsParts } from './ocds-long-lists.js';
import type { OcdsReleasePackage } from './ocds-types.js';

/** A string for a list's place in the text that the document's own text does not hold. */
function placeholders(document: unknown, count: number): string[] {
  const text = JSON.stringify(document);
  for (let attempt = 0; ; attempt++) {
    const marks = Array.from({ length: count }, (_, i) => `\u0000fairpitch-list-${i}-${attempt}`);
    if (marks.every((mark) => !text.includes(JSON.stringify(mark).slice(1, -1)))) return marks;
  }
}

/**
 * The text serialiseOcdsReleasePackage gives for the whole package, in pieces, with each long
 * list made and written `batchSize` items at a time: the package is written with a placeholder
 * for each list, and each placeholder is replaced by the list's items, indented as
 * JSON.stringify indents them in place. So a package of 10,000 bids is never held as one text
 * or one object tree.
 */
export function* serialisedOcdsReleasePackageChunks(parts: OcdsParts<OcdsReleasePackage>, batchSize = OCDS_LIST_BATCH): Generator<string> {
  const filled = parts.lists.filter((slot) => slot.list.length > 0);
  const marks = placeholders(parts.document, filled.length);
  filled.forEach((slot, i) => slot.target.push(marks[i]));
  let text: string;
  try {
    text = serialiseOcdsReleasePackage(parts.document);
  } finally {
    for (const slot of filled) slot.target.pop();
  }
  let from = 0;
  for (const [i, slot] of filled.entries()) {
    const mark = JSON.stringify(marks[i]);
    const at = text.indexOf(mark, from);
    const indent = text.slice(text.lastIndexOf('\n', at) + 1, at);
    yield text.slice(from, at);
    for (let start = 0; start < slot.list.length; start += batchSize) {
      let piece = '';
      for (const [k, item] of slot.list.slice(start, start + batchSize).entries()) {
        piece += `${start + k ? `,\n${indent}` : ''}${JSON.stringify(item, null, 2).replaceAll('\n', `\n${indent}`)}`;
      }
      yield piece;
    }
    from = at + mark.length;
  }
  yield text.slice(from);
}
