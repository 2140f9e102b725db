import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { MAX_FILE_NAME_LENGTH, sanitiseFileName, splitExtension } from './sanitise-file-name.js';

describe('sanitiseFileName', () => {
  it('leaves an ordinary name alone', () => {
    expect(sanitiseFileName('Løsningsbeskrivelse v2.pdf')).toBe('Løsningsbeskrivelse v2.pdf');
  });
  it('strips path components and traversal in both slash directions', () => {
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('..\\..\\windows\\system32\\evil.dll')).toBe('evil.dll');
    expect(sanitiseFileName('/var/www/../../x.pdf')).toBe('x.pdf');
    expect(sanitiseFileName('..')).toBe('file');
  });
  it('removes control characters and the right-to-left override that disguises extensions', () => {
    expect(sanitiseFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitiseFileName('a\u0000b\u0007c.txt')).toBe('abc.txt');
    expect(sanitiseFileName('line\nbreak.md')).toBe('linebreak.md');
  });
  it('replaces characters that file systems reserve', () => {
    expect(sanitiseFileName('a<b>c:d"e|f?g*h.txt')).toBe('a_b_c_d_e_f_g_h.txt');
  });
  it('drops leading and trailing dots and spaces, so no hidden files and no Windows tricks', () => {
    expect(sanitiseFileName('.htaccess')).toBe('htaccess');
    expect(sanitiseFileName('  report.pdf. . ')).toBe('report.pdf');
    expect(sanitiseFileName('virus.exe.')).toBe('virus.exe');
  });
  it('defuses Windows device names', () => {
    expect(sanitiseFileName('CON')).toBe('_CON');
    expect(sanitiseFileName('nul.txt')).toBe('_nul.txt');
  });
  it('normalises to NFC so the same name is always the same string', () => {
    const decomposed = 'A\u030Arhus.txt'; // "Å" written as A plus a combining ring
    expect(sanitiseFileName(decomposed)).toBe('\u00C5rhus.txt');
  });
  it('shortens long names to the limit and keeps the extension', () => {
    const long = `${'a'.repeat(300)}.pdf`;
    const clean = sanitiseFileName(long);
    expect(clean).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(clean.endsWith('.pdf')).toBe(true);
  });
  it('never splits a character made of two UTF-16 units when shortening', () => {
    const clean = sanitiseFileName(`${'😀'.repeat(200)}.png`);
    expect(Array.from(clean)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(clean.endsWith('😀.png')).toBe(true);
  });
  it('never returns an empty name', () => {
    for (const name of ['', '   ', '/', '\u202E', '...', '\\\\']) expect(sanitiseFileName(name)).toBe('file');
  });
});

describe('splitExtension', () => {
  it('takes only the last extension and ignores dots at the edges', () => {
    expect(splitExtension('report.final.pdf')).toEqual(['report.final', 'pdf']);
    expect(splitExtension('README')).toEqual(['README', '']);
    expect(splitExtension('trailing.')).toEqual(['trailing.', '']);
  });
});

describe('sanitiseFileName on arbitrary input', () => {
  it('always returns a short, non-empty name without path, control characters or a leading dot', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (name) => {
        const clean = sanitiseFileName(name);
        expect(clean.length).toBeGreaterThan(0);
        expect(Array.from(clean).length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
        const forbidden = Array.from(clean).filter((ch) => '/\\<>:"|?*\u202e'.includes(ch) || (ch.codePointAt(0) ?? 0) < 0x20);
        expect(forbidden).toEqual([]);
        expect(clean.startsWith('.')).toBe(false);
        expect(clean).toBe(clean.normalize('NFC'));
      }),
    );
  });
  it('is idempotent: cleaning a clean name changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (name) => {
        expect(sanitiseFileName(sanitiseFileName(name))).toBe(sanitiseFileName(name));
      }),
    );
  });
});
