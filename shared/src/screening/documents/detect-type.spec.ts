import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { detectType, fileExtension, typeForExtension } from './detect-type.js';
import { docx, pdf, pptx, xlsx, zip } from './test-fixtures.js';

describe('detectType', () => {
  it('recognises a PDF by its %PDF- header', () => {
    expect(detectType(pdf(['<< /Type /Catalog >>']))).toBe('pdf');
  });

  it('tells Word, Excel and PowerPoint packages apart by their folders', () => {
    expect(detectType(docx(['Hej']))).toBe('docx');
    expect(detectType(xlsx([['a', 1]]))).toBe('xlsx');
    expect(detectType(pptx([['slide']]))).toBe('pptx');
  });

  it('calls a ZIP without [Content_Types].xml a plain archive, even with a word/ folder', () => {
    expect(detectType(zip({ 'word/document.xml': '<w/>' }))).toBe('zip');
    expect(detectType(zip({ 'notes.txt': 'hello' }))).toBe('zip');
  });

  it('recognises PNG and JPEG signatures', () => {
    expect(detectType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('png');
    expect(detectType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
  });

  it('accepts valid UTF-8, with or without a BOM, as text', () => {
    expect(detectType(strToU8('Æblegrød og ørred, 100 %'))).toBe('text');
    expect(detectType(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('text');
    expect(detectType(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe('text');
  });

  it('rejects binary data, NUL bytes and malformed UTF-8 as unknown', () => {
    expect(detectType(new Uint8Array([0x4d, 0x5a, 0x90, 0x00]))).toBe('unknown'); // a Windows executable
    expect(detectType(new Uint8Array([0x41, 0x00, 0x42]))).toBe('unknown');
    expect(detectType(new Uint8Array([0xc3, 0x28]))).toBe('unknown');
    expect(detectType(new Uint8Array([0xc0, 0xaf]))).toBe('unknown'); // overlong "/"
    expect(detectType(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('unknown'); // legacy .doc
  });

  it('does not trust a PDF header that is not at the start', () => {
    expect(detectType(strToU8('hello %PDF-1.7'))).toBe('text');
  });
});

describe('typeForExtension', () => {
  it('maps macro-enabled Office names to their package type', () => {
    expect(typeForExtension('budget.xlsm')).toBe('xlsx');
    expect(typeForExtension('Rapport.DOCX')).toBe('docx');
  });

  it('treats .env files and plain data formats as text', () => {
    expect(typeForExtension('.env')).toBe('text');
    expect(typeForExtension('data.csv')).toBe('text');
    expect(fileExtension('folder/production.env')).toBe('env');
  });

  it('returns null for an extension it does not know', () => {
    expect(typeForExtension('setup.exe')).toBeNull();
    expect(typeForExtension('README')).toBeNull();
  });
});
