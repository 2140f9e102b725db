import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../common/canonical-json.js';
import { hashCanonical, sha256Hex } from '../common/sha256.js';
import { canonicalReview, canonicalSnapshotChunks } from './canonical-snapshot.js';
import { reviewBatchesOf, reviewSourceOf } from './csv/review-batches.js';
import type { ReviewSnapshot } from './snapshot.js';
import { exampleDecidedSnapshot, exampleUndecidedSnapshot } from './testing/example-snapshot.js';

describe('canonicalSnapshotChunks', () => {
  it('hashes to the canonical JSON of the whole snapshot, reviews in the export’s order', async () => {
    for (const snapshot of [exampleDecidedSnapshot(), exampleUndecidedSnapshot()]) {
      const { reviews: _, ...withoutReviews } = snapshot;
      let text = '';
      for await (const chunk of canonicalSnapshotChunks(withoutReviews, reviewSourceOf(snapshot, 2))) text += chunk;
      const ordered = [...reviewBatchesOf(snapshot)].flatMap((b) => b.reviews);
      expect(text).toBe(canonicalJson({ ...snapshot, reviews: ordered }));
      expect(sha256Hex(text)).toBe(hashCanonical({ ...snapshot, reviews: ordered }));
    }
  });

  it('writes an empty list for a challenge without reviews', async () => {
    const { reviews: _, ...snapshot } = exampleDecidedSnapshot();
    let text = '';
    for await (const chunk of canonicalSnapshotChunks({ ...snapshot, entries: [] }, reviewSourceOf({ ...snapshot, entries: [], reviews: [] }))) text += chunk;
    expect(JSON.parse(text)).toMatchObject({ entries: [], reviews: [] });
  });
});

describe('canonicalReview', () => {
  const review: ReviewSnapshot = {
    entryId: 'e-1',
    kind: 'individual',
    juror: { label: 'Juror A', name: null },
    submittedAt: '2026-03-01T09:00:00Z',
    scores: [
      { criterionId: 'quality', score: -0, justification: 'Quote " and \\ and æøå\u2028' },
      { criterionId: 'price', score: null, justification: '' },
      { criterionId: 'fit', score: 3.25, justification: 'line\nbreak' },
    ],
  };

  it('writes what canonicalJson writes, for individual and consensus reviews', () => {
    expect(canonicalReview(review)).toBe(canonicalJson(review));
    expect(canonicalReview({ ...review, juror: { label: 'Juror B', name: 'Bo Berg' } })).toBe(canonicalJson({ ...review, juror: { label: 'Juror B', name: 'Bo Berg' } }));
    expect(canonicalReview({ ...review, kind: 'consensus', juror: null })).toBe(canonicalJson({ ...review, kind: 'consensus', juror: null }));
  });

  it('goes the general way for a review with other fields, so nothing is left out', () => {
    const extended = { ...review, note: 'kept' } as ReviewSnapshot;
    expect(canonicalReview(extended)).toBe(canonicalJson(extended));
    expect(canonicalReview(extended)).toContain('"note":"kept"');
  });
});
