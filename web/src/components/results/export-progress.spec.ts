import { describe, expect, it } from 'vitest';
import type { ExportView } from '../../api/client.js';
import { defaultSeparator, exportActive, mergeExport } from './export-progress.js';

const view = (id: string, createdAt: string, status: ExportView['status'] = 'done'): ExportView => ({
  id,
  challengeId: 'c',
  status,
  progress: status === 'done' ? 100 : 10,
  draft: false,
  options: { language: 'da', separator: ';', jurorsDisclosed: false },
  files: [],
  error: null,
  snapshotHash: null,
  createdAt,
  finishedAt: null,
});

describe('export progress', () => {
  it('keeps polling while queued or running only', () => {
    expect(exportActive('queued')).toBe(true);
    expect(exportActive('running')).toBe(true);
    expect(exportActive('done')).toBe(false);
    expect(exportActive('failed')).toBe(false);
  });

  it('defaults to the semicolon for Danish spreadsheets and the comma otherwise', () => {
    expect(defaultSeparator('da')).toBe(';');
    expect(defaultSeparator('en')).toBe(',');
  });

  it('replaces the watched export in the list, newest first', () => {
    const list = [view('b', '2026-12-02T10:00:00Z'), view('a', '2026-12-01T10:00:00Z')];
    const merged = mergeExport(list, view('a', '2026-12-01T10:00:00Z', 'running'));
    expect(merged.map((e) => `${e.id}:${e.status}`)).toEqual(['b:done', 'a:running']);
    expect(mergeExport(merged, view('c', '2026-12-03T10:00:00Z', 'queued')).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });
});
