import { canonicalJson } from '../common/canonical-json.js';
import type { ReviewSource } from './csv/review-batches.js';
import type { ReviewScoreSnapshot, ReviewSnapshot, SnapshotWithoutReviews } from './snapshot.js';

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
    const items = key === 'reviews' ? reviewItems(reviews) : (value as unknown[]);
    const serialise = key === 'reviews' ? (item: unknown) => canonicalReview(item as ReviewSnapshot) : canonicalJson;
    text += '[';
    let first = true;
    for await (const item of items) {
      text += (first ? '' : ',') + serialise(item);
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

async function* reviewItems(reviews: ReviewSource): AsyncGenerator<ReviewSnapshot> {
  for await (const batch of reviews()) yield* batch.reviews;
}

const hasKeys = (value: object, count: number): boolean => Object.keys(value).length === count;

function canonicalScore(score: ReviewScoreSnapshot): string {
  if (!hasKeys(score, 3)) return canonicalJson(score);
  return `{"criterionId":${JSON.stringify(score.criterionId)},"justification":${JSON.stringify(score.justification)},"score":${canonicalJson(score.score)}}`;
}

/**
 * canonicalJson of a review, written out for the review's known fields (50,000 reviews make the
 * general walk, with its key sorting per object, the slowest part of hashing a snapshot).
 * Anything with other fields goes the general way.
 */
export function canonicalReview(review: ReviewSnapshot): string {
  const { juror } = review;
  if (!hasKeys(review, 5) || (juror !== null && !hasKeys(juror, 2))) return canonicalJson(review);
  const jurorJson = juror === null ? 'null' : `{"label":${JSON.stringify(juror.label)},"name":${canonicalJson(juror.name)}}`;
  let scores = '';
  for (const score of review.scores) scores += (scores ? ',' : '') + canonicalScore(score);
  return `{"entryId":${JSON.stringify(review.entryId)},"juror":${jurorJson},"kind":${JSON.stringify(review.kind)},"scores":[${scores}],"submittedAt":${JSON.stringify(review.submittedAt)}}`;
}
