import { describe, expect, it } from 'vitest';
import { precheckUpload } from './upload-precheck.js';

describe('the upload pre-check', () => {
  it('lets an ordinary PDF through', () => {
    expect(precheckUpload({ name: 'tilbud.pdf', size: 2048 }, [])).toBeNull();
  });

  it('refuses what the server would refuse by name or size', () => {
    expect(precheckUpload({ name: 'program.exe', size: 10 }, [])).toBe('upload.type-not-allowed');
    expect(precheckUpload({ name: 'faktura.php.pdf', size: 10 }, [])).toBe('upload.double-extension');
    expect(precheckUpload({ name: 'tom.pdf', size: 0 }, [])).toBe('upload.empty-file');
    expect(precheckUpload({ name: 'stor.pdf', size: 26 * 1024 * 1024 }, [])).toBe('upload.too-large');
  });

  it('counts the documents the entry already has', () => {
    const existing = Array.from({ length: 20 }, () => ({ size: 1 }));
    expect(precheckUpload({ name: 'en-til.pdf', size: 1 }, existing)).toBe('upload.too-many-files');
  });
});
