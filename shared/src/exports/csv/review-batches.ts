import { compareInstants, compareLabels } from '../compare.js';
import type { DecidedChallengeSnapshot, EntrySnapshot, ReviewSnapshot } from '../snapshot.js';
import { entriesInLabelOrder, entryIndex, requireEntry } from './sheet-definition.js';

/**
 * The reviews of some entries, for exports that cannot hold all reviews at once. Batches follow
 * the entries in label order (as `entriesInLabelOrder` gives them), each batch covering the next
 * few entries, so reading every batch in turn gives every review in the export's order.
 */
export interface ReviewBatch {
  /** Consecutive entries in label order, with or without reviews. */
  entries: readonly EntrySnapshot[];
  /** Their reviews in the export's order (see `orderReviews`). */
  reviews: readonly ReviewSnapshot[];
}

/** The reviews batch by batch; every call starts again from the first entry. */
export type ReviewSource = () => AsyncIterable<ReviewBatch>;

/**
 * How many entries a batch covers by default: five jurors make 1,250 reviews. The evaluation
 * report holds a batch and the next one while it writes its pages, an export's busiest moment.
 */
export const ENTRIES_PER_REVIEW_BATCH = 250;

const kindRank = (review: ReviewSnapshot): number => (review.kind === 'individual' ? 0 : 1);

/**
 * Reviews of the given entries (listed in label order) in the export's order: by entry, the
 * jurors' individual reviews by juror label, then the consensus; equal ones by time. Refuses a
 * review of an entry that is not listed, as a broken snapshot.
 */
export function orderReviews(entries: readonly EntrySnapshot[], reviews: readonly ReviewSnapshot[]): ReviewSnapshot[] {
  const position = new Map(entries.map((entry, i) => [entry.id, i]));
  // Sort keys side by side with the reviews' indexes rather than in an object per review.
  const rank = new Float64Array(reviews.length);
  for (let i = 0; i < reviews.length; i++) {
    const review = reviews[i]!;
    const at = position.get(review.entryId);
    if (at === undefined) requireEntry(entryIndex({ entries }), review.entryId);
    rank[i] = at! * 2 + kindRank(review);
  }
  const order = Array.from(reviews, (_, i) => i);
  order.sort((a, b) => {
    const x = reviews[a]!;
    const y = reviews[b]!;
    return rank[a]! - rank[b]! || compareLabels(x.juror?.label ?? '', y.juror?.label ?? '') || compareInstants(x.submittedAt, y.submittedAt);
  });
  return order.map((i) => reviews[i]!);
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** The reviews of a snapshot held in memory, in batches. */
export function* reviewBatchesOf(snapshot: DecidedChallengeSnapshot, entriesPerBatch = ENTRIES_PER_REVIEW_BATCH): Generator<ReviewBatch> {
  const index = entryIndex(snapshot);
  const byEntry = new Map<string, ReviewSnapshot[]>();
  for (const review of snapshot.reviews) {
    requireEntry(index, review.entryId);
    const list = byEntry.get(review.entryId);
    if (list) list.push(review);
    else byEntry.set(review.entryId, [review]);
  }
  for (const entries of chunks(entriesInLabelOrder(snapshot), Math.max(1, entriesPerBatch))) {
    yield { entries, reviews: orderReviews(entries, entries.flatMap((e) => byEntry.get(e.id) ?? [])) };
  }
}

/** A snapshot's in-memory reviews as a source, for tests and small exports. */
export function reviewSourceOf(snapshot: DecidedChallengeSnapshot, entriesPerBatch = ENTRIES_PER_REVIEW_BATCH): ReviewSource {
  return async function* () {
    yield* reviewBatchesOf(snapshot, entriesPerBatch);
  };
}

/**
 * Reads the reviews a batch of entries at a time through `fetch` (which returns the reviews of
 * the entries asked for, in any order), and puts each batch in the export's order.
 */
export function fetchedReviewSource(
  snapshot: { readonly entries: readonly EntrySnapshot[] },
  fetch: (entryIds: string[]) => Promise<readonly ReviewSnapshot[]>,
  entriesPerBatch = ENTRIES_PER_REVIEW_BATCH,
): ReviewSource {
  const ordered = entriesInLabelOrder(snapshot);
  return async function* () {
    const batches = [...chunks(ordered, Math.max(1, entriesPerBatch))];
    // The next batch is read while this one is used, so the file being written rarely waits
    // for the database (READ_AHEAD + 1 batches in memory at most).
    const reads: Promise<readonly ReviewSnapshot[]>[] = [];
    const readAhead = (upTo: number) => {
      while (reads.length < Math.min(upTo, batches.length)) {
        const read = fetch(batches[reads.length]!.map((e) => e.id));
        // A read that fails while earlier batches are used is thrown on its turn, not unobserved.
        read.catch(() => undefined);
        reads.push(read);
      }
    };
    for (let i = 0; i < batches.length; i++) {
      readAhead(i + 1 + READ_AHEAD);
      const reviews = await reads[i]!;
      delete reads[i];
      const entries = batches[i]!;
      yield { entries, reviews: orderReviews(entries, reviews) };
    }
  };
}

/**
 * Batches read ahead of the one being used. One is enough: reading a batch takes less time than
 * writing it. With two ahead (and batches of 500 entries) the evaluation report held the reviews
 * of 1,500 entries, about 10 MB, at an export's busiest moment.
 */
const READ_AHEAD = 1;

/** The entries of a batch with their reviews, in the batch's order. */
export function* reviewsByEntry(batch: ReviewBatch): Generator<[EntrySnapshot, ReviewSnapshot[]]> {
  const byEntry = new Map<string, ReviewSnapshot[]>();
  for (const review of batch.reviews) {
    const list = byEntry.get(review.entryId);
    if (list) list.push(review);
    else byEntry.set(review.entryId, [review]);
  }
  for (const entry of batch.entries) yield [entry, byEntry.get(entry.id) ?? []];
}
