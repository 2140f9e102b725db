import { describe, expect, it } from 'vitest';
import { assertArchivePath } from './archive-path.js';
import { entryDocumentPath, entryReceiptPath, entrySegmentOf, entrySubmissionPath, screeningReportPath, sheetPath } from './archive-layout.js';

const id = '5f0c1e2a-0000-4000-8000-000000000001';

describe('the archive layout', () => {
  it('keeps each entry in its own folder', () => {
    expect(entryReceiptPath(id)).toBe(`entries/${id}/receipt.json`);
    expect(entrySubmissionPath(id)).toBe(`entries/${id}/submission.json`);
    expect(entryDocumentPath(id, 'Bilag 1 (pris).pdf')).toBe(`entries/${id}/documents/Bilag_1_pris_.pdf`);
    expect(screeningReportPath(id)).toBe(`screening/${id}.json`);
    expect(sheetPath('ranking.csv')).toBe('sheets/ranking.csv');
  });

  it('makes hostile document names harmless', () => {
    const path = entryDocumentPath(id, '../../../manifest.json');
    expect(() => assertArchivePath(path)).not.toThrow();
    expect(path.startsWith(`entries/${id}/documents/`)).toBe(true);
  });

  it('finds the entry folder of a path', () => {
    expect(entrySegmentOf(entryDocumentPath(id, 'a.pdf'))).toBe(id);
    expect(entrySegmentOf('screening/x.json')).toBeNull();
  });
});
