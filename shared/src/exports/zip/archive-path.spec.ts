import { describe, expect, it } from 'vitest';
import { assertArchivePath, safePathSegment } from './archive-path.js';

describe('assertArchivePath', () => {
  it('accepts relative paths with forward slashes', () => {
    expect(() => assertArchivePath('entries/abc/documents/bilag-1.pdf')).not.toThrow();
  });

  it.each(['', '/etc/passwd', '../x', 'a/../b', 'a//b', 'a/./b', 'a\\b', 'a/', 'a\u0000b'])('refuses %j', (path) => {
    expect(() => assertArchivePath(path)).toThrow(RangeError);
  });
});

describe('safePathSegment', () => {
  it('keeps letters, digits, dots, underscores and hyphens, Danish letters included', () => {
    expect(safePathSegment('Bilag 2 – løsningsbeskrivelse (endelig).pdf')).toBe('Bilag_2_løsningsbeskrivelse_endelig_.pdf');
  });

  it('removes path separators and leading dots', () => {
    const name = safePathSegment('../../etc/passwd');
    expect(name).toBe('_.._etc_passwd');
    expect(() => assertArchivePath(`entries/${name}`)).not.toThrow();
    expect(safePathSegment('.htaccess')).toBe('htaccess');
    expect(safePathSegment('...')).toBe('_');
  });

  it('shortens long names but keeps the extension', () => {
    const name = safePathSegment(`${'a'.repeat(300)}.pdf`, 50);
    expect(name).toHaveLength(50);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('gives the same result for composed and decomposed å', () => {
    expect(safePathSegment('a\u030a.txt')).toBe(safePathSegment('\u00e5.txt'));
  });
});
