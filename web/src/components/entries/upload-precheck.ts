import { ALLOWED_DOCUMENT_TYPES, DEFAULT_UPLOAD_LIMITS, type UploadCode, checkUpload, splitExtension } from '@fairpitch/shared/submissions';

/** What the file input offers: the extensions the server accepts. */
export const ACCEPT_ATTRIBUTE = Object.keys(ALLOWED_DOCUMENT_TYPES)
  .map((extension) => `.${extension}`)
  .join(',');

/**
 * The server's upload rule run before sending: size, count, allowed extension, disguised names.
 * The browser cannot see the bytes' real type, so that check is assumed to pass here and is
 * left to the server, which detects the type from the content.
 */
export function precheckUpload(file: { name: string; size: number }, existing: readonly { size: number }[]): UploadCode | null {
  const extension = splitExtension(file.name)[1].toLowerCase();
  const allowed = ALLOWED_DOCUMENT_TYPES[extension];
  const result = checkUpload(
    {
      fileName: file.name,
      detectedMime: allowed && !allowed.text ? allowed.mimes[0] : null,
      size: file.size,
      entryTotalBytes: existing.reduce((sum, a) => sum + a.size, 0),
      fileCount: existing.length,
    },
    DEFAULT_UPLOAD_LIMITS,
  );
  return result.ok ? null : result.code;
}
