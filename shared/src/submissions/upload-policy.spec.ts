import { describe, expect, it } from 'vitest';
import { checkUpload, DEFAULT_UPLOAD_LIMITS, type UploadCandidate } from './upload-policy.js';

const MB = 1024 * 1024;
const pdf: UploadCandidate = { fileName: 'Løsning.pdf', detectedMime: 'application/pdf', size: 2 * MB, entryTotalBytes: 0, fileCount: 0 };
const code = (candidate: Partial<UploadCandidate>) => {
  const result = checkUpload({ ...pdf, ...candidate });
  return result.ok ? 'ok' : result.code;
};

describe('checkUpload', () => {
  it('accepts a PDF whose bytes are a PDF and returns the name to store', () => {
    expect(checkUpload(pdf)).toEqual({ ok: true, fileName: 'Løsning.pdf', extension: 'pdf', mustCheckText: false });
  });
  it('accepts the Office formats under the types file-type reports for them', () => {
    const office = 'application/vnd.openxmlformats-officedocument';
    expect(code({ fileName: 'a.docx', detectedMime: `${office}.wordprocessingml.document` })).toBe('ok');
    expect(code({ fileName: 'a.xlsx', detectedMime: `${office}.spreadsheetml.sheet` })).toBe('ok');
    expect(code({ fileName: 'a.PPTX', detectedMime: `${office}.presentationml.presentation` })).toBe('ok');
    expect(code({ fileName: 'a.jpg', detectedMime: 'image/jpeg' })).toBe('ok');
    expect(code({ fileName: 'a.jpeg', detectedMime: 'image/jpeg' })).toBe('ok');
  });
  it('accepts text files with no detected type and asks for the UTF-8 check', () => {
    for (const fileName of ['notes.txt', 'README.md', 'sbom.json']) {
      expect(checkUpload({ ...pdf, fileName, detectedMime: undefined })).toMatchObject({ ok: true, mustCheckText: true });
    }
  });
  it('refuses an empty file', () => {
    expect(code({ size: 0 })).toBe('upload.empty-file');
  });
  it('refuses a file over the per-file limit but accepts one exactly at it', () => {
    expect(code({ size: DEFAULT_UPLOAD_LIMITS.maxFileBytes })).toBe('ok');
    expect(code({ size: DEFAULT_UPLOAD_LIMITS.maxFileBytes + 1 })).toBe('upload.too-large');
  });
  it('refuses a file that would take the entry over its total limit', () => {
    expect(code({ entryTotalBytes: 98 * MB })).toBe('ok');
    expect(code({ entryTotalBytes: 98 * MB + 1 })).toBe('upload.entry-too-large');
  });
  it('refuses a file beyond the maximum number per entry', () => {
    expect(code({ fileCount: 19 })).toBe('ok');
    expect(code({ fileCount: 20 })).toBe('upload.too-many-files');
  });
  it('honours limits set by the deployment', () => {
    const strict = { maxFileBytes: MB, maxEntryBytes: 10 * MB, maxFiles: 2 };
    expect(checkUpload(pdf, strict)).toEqual({ ok: false, code: 'upload.too-large' });
  });
  it('refuses types that are not on the allow-list', () => {
    expect(code({ fileName: 'setup.exe', detectedMime: 'application/x-msdownload' })).toBe('upload.type-not-allowed');
    expect(code({ fileName: 'page.html', detectedMime: undefined })).toBe('upload.type-not-allowed');
    expect(code({ fileName: 'noextension', detectedMime: 'application/pdf' })).toBe('upload.type-not-allowed');
  });
  it('refuses content that does not match the extension', () => {
    expect(code({ fileName: 'photo.png', detectedMime: 'image/jpeg' })).toBe('upload.type-mismatch');
    expect(code({ fileName: 'report.pdf', detectedMime: undefined })).toBe('upload.type-mismatch');
    expect(code({ fileName: 'notes.txt', detectedMime: 'application/x-msdownload' })).toBe('upload.type-mismatch');
    expect(code({ fileName: 'renamed.docx', detectedMime: 'application/zip' })).toBe('upload.type-mismatch');
  });
  it('refuses names that hide a program extension behind or before a harmless one', () => {
    expect(code({ fileName: 'invoice.pdf.exe' })).toBe('upload.double-extension');
    expect(code({ fileName: 'x.php.pdf' })).toBe('upload.double-extension');
    expect(code({ fileName: 'shell.PHP5.png', detectedMime: 'image/png' })).toBe('upload.double-extension');
    expect(code({ fileName: 'invoice\u202Efdp.exe.pdf' })).toBe('upload.double-extension');
  });
  it('accepts harmless dots inside a name', () => {
    expect(code({ fileName: 'Tilbud v1.2 final.pdf' })).toBe('ok');
    expect(code({ fileName: 'budget.2026.xlsx', detectedMime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })).toBe('ok');
  });
  it('judges the sanitised name, so a path-traversal name is stored without its path', () => {
    expect(checkUpload({ ...pdf, fileName: '../../../etc/cron.d/x.pdf' })).toMatchObject({ ok: true, fileName: 'x.pdf' });
  });
});
