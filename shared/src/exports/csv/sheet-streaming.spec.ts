import { describe, expect, it } from 'vitest';
import { exampleDecidedSnapshot, exampleUndecidedSnapshot } from '../testing/example-snapshot.js';
import { reviewSourceOf } from './review-batches.js';
import { SHEET_IDS } from './sheet-types.js';
import { sheetCsvChunks, sheetCsvLines, sheetRowBatches, sheetRowsOf } from './sheets.js';

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe('sheets streamed with the reviews read in batches', () => {
  for (const [name, make] of [['decided', exampleDecidedSnapshot], ['undecided', exampleUndecidedSnapshot]] as const) {
    it(`give the same rows and CSV as from the whole snapshot (${name})`, async () => {
      const snapshot = make();
      const { reviews: _, ...withoutReviews } = snapshot;
      const reviews = reviewSourceOf(snapshot, 2);
      for (const id of SHEET_IDS) {
        const options = { locale: 'en' as const, separator: ';' as const, includeContactPersons: true };
        const rows = [];
        for await (const batch of sheetRowBatches(id, withoutReviews, reviews, options)) rows.push(...batch);
        expect(rows).toEqual([...sheetRowsOf(id, snapshot, options)]);
        expect(await text(sheetCsvChunks(id, withoutReviews, reviews, options))).toBe([...sheetCsvLines(id, snapshot, options)].join(''));
      }
    });
  }

  it('list every juror’s score once, with the consensus after the jurors', async () => {
    const snapshot = exampleDecidedSnapshot();
    const csv = await text(sheetCsvChunks('scores-by-juror', snapshot, reviewSourceOf(snapshot, 1), { locale: 'en', separator: ',' }));
    const lines = csv.split('\r\n').filter(Boolean).slice(1);
    expect(lines).toHaveLength(snapshot.reviews.reduce((n, r) => n + r.scores.length, 0));
  });
});
