import { describe, expect, it } from 'vitest';
import { strFromU8 } from 'fflate';
import { DEFAULT_SCREENING_LIMITS, type ScreeningLimits } from '../ruleset-types.js';
import { expandZipEntry } from './expand-zip-entry.js';
import { inspectZip, isBlocking, isTraversalName } from './inspect-zip.js';
import { readZipDirectory } from './read-zip-directory.js';
import { docx, withDeclaredSize, zerosZip, zip } from './test-fixtures.js';

const limits: ScreeningLimits = { ...DEFAULT_SCREENING_LIMITS, maxExpandedBytes: 50_000_000 };

function kinds(bytes: Uint8Array, custom: ScreeningLimits = limits): string[] {
  return inspectZip(bytes, custom).problems.map((problem) => problem.kind);
}

describe('readZipDirectory', () => {
  it('lists names and declared sizes from the central directory', () => {
    const directory = readZipDirectory(zip({ 'a.txt': 'hello', 'dir/b.txt': 'world!' }), 100);
    expect(directory).toMatchObject({
      ok: true,
      entries: [
        { name: 'a.txt', uncompressedSize: 5 },
        { name: 'dir/b.txt', uncompressedSize: 6 },
      ],
    });
  });

  it('reports a truncated archive as a problem, not an exception', () => {
    const archive = zip({ 'a.txt': 'hello world' });
    const directory = readZipDirectory(archive.subarray(0, archive.length - 30), 100);
    expect(directory.ok).toBe(false);
  });

  it('reports random bytes as not an archive', () => {
    expect(readZipDirectory(new Uint8Array(100).fill(7), 100).ok).toBe(false);
  });
});

describe('inspectZip', () => {
  it('finds nothing wrong in an ordinary archive', () => {
    const inspection = inspectZip(zip({ 'a.txt': 'hello', 'b.csv': '1,2,3' }), limits);
    expect(inspection.problems).toEqual([]);
    expect(inspection.totalEntries).toBe(2);
    expect(inspection.depth).toBe(1);
  });

  it('flags a zip bomb by its compression ratio before expanding anything', () => {
    const bomb = zerosZip(10_000_000);
    expect(bomb.length).toBeLessThan(50_000);
    expect(kinds(bomb)).toContain('compression-ratio');
  });

  it('flags a tiny archive that declares a huge expansion', () => {
    const lying = withDeclaredSize(zip({ 'a.txt': 'tiny' }), 4_000_000_000);
    const inspection = inspectZip(lying, limits);
    expect(inspection.declaredExpandedBytes).toBe(4_000_000_000);
    expect(inspection.problems.map((problem) => problem.kind)).toEqual(expect.arrayContaining(['too-large', 'compression-ratio']));
    expect(inspection.problems.some(isBlocking)).toBe(true);
  });

  it('flags more entries than the limit allows', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`f${i}.txt`] = 'x';
    expect(kinds(zip(files), { ...limits, maxArchiveEntries: 20 })).toContain('too-many-entries');
    expect(kinds(zip(files), { ...limits, maxArchiveEntries: 30 })).not.toContain('too-many-entries');
  });

  it('inspects nested archives and counts their entries and depth', () => {
    const inner = zip({ 'inner.txt': 'hej' });
    const inspection = inspectZip(zip({ 'inner.zip': inner, 'outer.txt': 'x' }), limits);
    expect(inspection.depth).toBe(2);
    expect(inspection.nestedArchives).toEqual(['inner.zip']);
    expect(inspection.totalEntries).toBe(3);
    expect(inspection.paths).toContain('inner.zip/inner.txt');
  });

  it('finds a nested archive even when it is renamed', () => {
    const inspection = inspectZip(zip({ 'report.dat': zip({ 'x.txt': 'x' }) }), limits);
    expect(inspection.nestedArchives).toEqual(['report.dat']);
  });

  it('refuses archives nested deeper than the limit', () => {
    let archive = zip({ 'core.txt': 'x' });
    for (let level = 0; level < 3; level++) archive = zip({ [`level${level}.zip`]: archive });
    // four levels in all
    expect(kinds(archive, { ...limits, maxNestingDepth: 3 })).toContain('nesting-too-deep');
    expect(kinds(archive, { ...limits, maxNestingDepth: 4 })).not.toContain('nesting-too-deep');
  });

  it('flags entry names that climb out of the extraction folder', () => {
    expect(kinds(zip({ '../../etc/passwd': 'x' }))).toContain('path-traversal');
    expect(isTraversalName('/abs/path')).toBe(true);
    expect(isTraversalName('C:\\Windows\\x.dll')).toBe(true);
    expect(isTraversalName('a/..b/c.txt')).toBe(false);
  });

  it('flags entries that share bytes, the trick of non-recursive zip bombs', () => {
    const archive = zip({ 'a.txt': 'aaaaaaaaaa', 'b.txt': 'bbbbbbbbbb' }, 0);
    // Point the second central-directory entry at the first local header.
    const patched = archive.slice();
    const view = new DataView(patched.buffer);
    let seen = 0;
    for (let at = 0; at + 46 <= patched.length; at++) {
      if (view.getUint32(at, true) === 0x02014b50 && ++seen === 2) view.setUint32(at + 42, 0, true);
    }
    expect(kinds(patched)).toContain('overlapping-entries');
  });

  it('treats an Office package like any other archive', () => {
    expect(inspectZip(docx(['Hej']), limits).problems).toEqual([]);
  });
});

describe('expandZipEntry', () => {
  it('expands an entry within its declared size', () => {
    const archive = zip({ 'a.txt': 'hello' });
    const directory = readZipDirectory(archive, 10);
    if (!directory.ok) throw new Error('unreadable');
    const result = expandZipEntry(archive, directory.entries[0]!, { remaining: 1000 });
    expect(result.ok && strFromU8(result.data)).toBe('hello');
  });

  it('stops an entry that expands beyond what it declared', () => {
    const lying = withDeclaredSize(zerosZip(5_000_000), 1000);
    const directory = readZipDirectory(lying, 10);
    if (!directory.ok) throw new Error('unreadable');
    const budget = { remaining: 100_000_000 };
    const result = expandZipEntry(lying, directory.entries[0]!, budget);
    expect(result).toMatchObject({ ok: false, kind: 'limit' });
    expect(budget.remaining).toBeGreaterThan(100_000_000 - 2_000_000);
  });

  it('refuses an entry larger than the remaining budget without touching it', () => {
    const archive = zip({ 'a.txt': 'hello world' });
    const directory = readZipDirectory(archive, 10);
    if (!directory.ok) throw new Error('unreadable');
    expect(expandZipEntry(archive, directory.entries[0]!, { remaining: 5 })).toMatchObject({ ok: false, kind: 'limit' });
  });
});
