import { canonicalJson } from '../common/canonical-json.js';
import type { ReviewSource } from './csv/review-batches.js';
import type { SnapshotWithoutReviews } from './snapshot.js';

/** Characters handed on at a time. */
const PIECE = 32 * 1024;

/**
 * The canonical JSON of the whole snapshot (`canonicalJson`, keys sorted, no white space) in
 * pieces, with the reviews taken batch by batch from `reviews` in the export's order, so a
 * snapshot too large to hold as one string can still be hashed: hashing the pieces in turn gives
 * the hash of `canonicalJson({ ...snapshot, reviews })`. Lists are written item by item.
 */
export async function* canonicalSnapshotChunks(snapshot: SnapshotWithoutReviews, reviews: ReviewSource): AsyncGenerator<string> {
  const parts: Record<string, unknown> = { ...snapshot, reviews: null };
  const keys = Object.keys(parts)
    .filter((key) => parts[key] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let text = '{';
  for (const [i, key] of keys.entries()) {
    text += `${i ? ',' : ''}${JSON.stringify(key)}:`;
    const value = parts[key];
    if (key !== 'reviews' && !Array.isArray(value)) {
      text += canonicalJson(value);
      continue;
    }
    const items = key === 'reviews' ? reviewItems(reviews) : value as unknown[];
    text += '[';
    let first = true;
    for await (const item of items) {
      text += (first ? '' : ',') + canonicalJson(item);
      first = false;
      if (text.length >= PIECE) {
        yield text;
        text = '';
      }
    }
    text += ']';
  }
  yield `${text}}`;
}

async function* reviewItems(reviews: ReviewSource): AsyncGenerator<unknown> {
  for await (const batch of reviews()) yield* batch.reviews;
}
