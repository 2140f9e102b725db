import { describe, expect, it } from 'vitest';
import type { ReviewSnapshot } from '../snapshot.js';
import { exampleDecidedSnapshot } from '../testing/example-snapshot.js';
import { fetchedReviewSource, orderReviews, reviewBatchesOf, reviewsByEntry, type ReviewSource } from './review-batches.js';
import { entriesInLabelOrder } from './sheet-definition.js';

async function all(source: ReviewSource): Promise<ReviewSnapshot[]> {
  const reviews: ReviewSnapshot[] = [];
  for await (const batch of source()) reviews.push(...batch.reviews);
  return reviews;
}

describe('reviews read a batch of entries at a time', () => {
  it('come in the same order as from the whole snapshot, whatever order the database gives them in', async () => {
    const snapshot = exampleDecidedSnapshot();
    const expected = [...reviewBatchesOf(snapshot)].flatMap((b) => b.reviews);
    const source = fetchedReviewSource(snapshot, (ids) => Promise.resolve(snapshot.reviews.filter((r) => ids.includes(r.entryId)).toReversed()), 2);
    expect(await all(source)).toEqual(expected);
    expect(expected.map((r) => r.entryId)).not.toEqual(snapshot.reviews.map((r) => r.entryId));
  });

  it('ask for consecutive entries in label order and cover every entry, reviewed or not', async () => {
    const snapshot = exampleDecidedSnapshot();
    const asked: string[][] = [];
    const source = fetchedReviewSource(snapshot, (ids) => {
      asked.push(ids);
      return Promise.resolve([]);
    }, 2);
    const batches = [];
    for await (const batch of source()) batches.push(batch.entries.map((e) => e.id));
    expect(asked).toEqual(batches);
    expect(batches.flat()).toEqual(entriesInLabelOrder(snapshot).map((e) => e.id));
    expect(batches.every((ids) => ids.length <= 2)).toBe(true);
  });

  it('read one batch ahead of the one in use, no further', async () => {
    const snapshot = exampleDecidedSnapshot();
    let asked = 0;
    const source = fetchedReviewSource(snapshot, () => {
      asked += 1;
      return Promise.resolve([]);
    }, 1);
    const batches = source()[Symbol.asyncIterator]();
    await batches.next();
    expect(asked).toBe(2);
    await batches.next();
    expect(asked).toBe(3);
  });

  it('can be read again from the start', async () => {
    const snapshot = exampleDecidedSnapshot();
    const source = fetchedReviewSource(snapshot, (ids) => Promise.resolve(snapshot.reviews.filter((r) => ids.includes(r.entryId))), 3);
    expect(await all(source)).toEqual(await all(source));
  });

  it('refuse a review of an entry that was not asked for, as a broken snapshot', async () => {
    const snapshot = exampleDecidedSnapshot();
    const stray = { ...snapshot.reviews[0]!, entryId: 'not-an-entry' };
    const source = fetchedReviewSource(snapshot, () => Promise.resolve([stray]), 10);
    await expect(all(source)).rejects.toThrow(/not-an-entry/);
  });

  it('pass a failed read on to whoever reads that batch', async () => {
    const snapshot = exampleDecidedSnapshot();
    let calls = 0;
    const source = fetchedReviewSource(snapshot, () => (++calls === 2 ? Promise.reject(new Error('database gone')) : Promise.resolve([])), 1);
    await expect(all(source)).rejects.toThrow('database gone');
  });
});

describe('orderReviews', () => {
  it('puts each entry’s jurors by label (B before AA), then the consensus, entries as listed', () => {
    const snapshot = exampleDecidedSnapshot();
    const entries = entriesInLabelOrder(snapshot);
    const ordered = orderReviews(entries, snapshot.reviews.toReversed());
    const position = new Map(entries.map((e, i) => [e.id, i]));
    const pairs = ordered.slice(1).map((b, i) => [ordered[i]!, b] as const);
    expect(pairs.every(([a, b]) => position.get(a.entryId)! <= position.get(b.entryId)!)).toBe(true);
    expect(pairs.some(([a, b]) => a.entryId === b.entryId && a.kind === 'consensus' && b.kind === 'individual')).toBe(false);
    expect(ordered.filter((r) => r.entryId === entries[0]!.id).map((r) => r.juror?.label ?? 'consensus')).toEqual(['Juror A', 'Juror B', 'Juror C', 'consensus']);
  });
});

describe('reviewsByEntry', () => {
  it('gives every entry of a batch with its reviews, none for entries without', () => {
    const snapshot = exampleDecidedSnapshot();
    const [batch] = [...reviewBatchesOf(snapshot, 100)];
    const grouped = [...reviewsByEntry(batch!)];
    expect(grouped.map(([entry]) => entry.id)).toEqual(batch!.entries.map((e) => e.id));
    expect(grouped.flatMap(([, reviews]) => reviews)).toEqual(batch!.reviews);
    expect(grouped.some(([, reviews]) => reviews.length === 0)).toBe(true);
  });
});
