import { sanitiseFileName, splitExtension } from './sanitise-file-name.js';

// Which documents an entry may carry. The type is detected from the bytes (file-type) and must
// match the extension; file-type reports DOCX, XLSX and PPTX as their own Office types, and
// recognises nothing in TXT, MD or JSON, whose bytes are checked as UTF-8 text instead.
const OOXML = 'application/vnd.openxmlformats-officedocument';
export const ALLOWED_DOCUMENT_TYPES: Readonly<Record<string, { mimes: readonly string[]; text: boolean }>> = {
  pdf: { mimes: ['application/pdf'], text: false },
  docx: { mimes: [`${OOXML}.wordprocessingml.document`], text: false },
  xlsx: { mimes: [`${OOXML}.spreadsheetml.sheet`], text: false },
  pptx: { mimes: [`${OOXML}.presentationml.presentation`], text: false },
  png: { mimes: ['image/png'], text: false },
  jpg: { mimes: ['image/jpeg'], text: false },
  jpeg: { mimes: ['image/jpeg'], text: false },
  zip: { mimes: ['application/zip'], text: false },
  json: { mimes: [], text: true },
  txt: { mimes: [], text: true },
  md: { mimes: [], text: true },
};

/** The Content-Type to serve a stored document with. */
export const DOWNLOAD_CONTENT_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

// Extensions that run code somewhere: on a desktop, a web server or in a browser. Such an
// extension anywhere in a name ("x.php.pdf", "invoice.pdf.exe") marks a disguise attempt.
const EXECUTABLE_EXTENSIONS = new Set([
  'exe', 'com', 'bat', 'cmd', 'scr', 'pif', 'msi', 'msp', 'cpl', 'dll', 'sys', 'lnk', 'reg', 'hta', 'jar',
  'js', 'mjs', 'cjs', 'jse', 'vbs', 'vbe', 'wsf', 'wsh', 'ps1', 'psm1', 'sh', 'bash', 'zsh', 'csh', 'ksh', 'command', 'app',
  'php', 'php3', 'php4', 'php5', 'php7', 'phtml', 'phar', 'asp', 'aspx', 'ashx', 'asmx', 'cer', 'jsp', 'jspx', 'cgi', 'pl', 'py', 'rb',
  'html', 'htm', 'xhtml', 'shtml', 'svg', 'xml', 'xsl', 'swf', 'apk', 'dmg', 'iso', 'deb', 'rpm', 'elf', 'bin', 'run',
  'docm', 'xlsm', 'pptm', 'dotm', 'xltm',
]);

export interface UploadLimits {
  maxFileBytes: number;
  maxEntryBytes: number;
  maxFiles: number;
}

/** Defaults from the submissions issue: 25 MB per file, 100 MB per entry (binary megabytes). */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxFileBytes: 25 * 1024 * 1024,
  maxEntryBytes: 100 * 1024 * 1024,
  maxFiles: 20,
};

export interface UploadCandidate {
  fileName: string;
  /** MIME type file-type detected from the bytes, or null/undefined when it recognised nothing. */
  detectedMime: string | null | undefined;
  size: number;
  /** Bytes the entry's other attachments already take, not counting this file. */
  entryTotalBytes: number;
  /** Number of attachments the entry already has, not counting this file. */
  fileCount: number;
}

export type UploadCode =
  | 'upload.empty-file'
  | 'upload.too-large'
  | 'upload.entry-too-large'
  | 'upload.too-many-files'
  | 'upload.double-extension'
  | 'upload.type-not-allowed'
  | 'upload.type-mismatch';

export type UploadCheck =
  | { ok: true; fileName: string; extension: string; mustCheckText: boolean }
  | { ok: false; code: UploadCode };

export function isExecutableExtension(extension: string): boolean {
  return EXECUTABLE_EXTENSIONS.has(extension.toLowerCase());
}

/**
 * Decides on an upload from its name, detected type and size. On success it returns the
 * sanitised name to store and whether the bytes must still pass the UTF-8 text check.
 */
export function checkUpload(candidate: UploadCandidate, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): UploadCheck {
  if (candidate.size <= 0) return { ok: false, code: 'upload.empty-file' };
  if (candidate.size > limits.maxFileBytes) return { ok: false, code: 'upload.too-large' };
  if (candidate.entryTotalBytes + candidate.size > limits.maxEntryBytes) return { ok: false, code: 'upload.entry-too-large' };
  if (candidate.fileCount + 1 > limits.maxFiles) return { ok: false, code: 'upload.too-many-files' };

  const fileName = sanitiseFileName(candidate.fileName);
  const [base, rawExtension] = splitExtension(fileName);
  const extension = rawExtension.toLowerCase();
  const innerExtensions = base.split('.').slice(1);
  if (innerExtensions.length > 0 && [...innerExtensions, extension].some(isExecutableExtension)) {
    return { ok: false, code: 'upload.double-extension' };
  }
  const allowed = ALLOWED_DOCUMENT_TYPES[extension];
  if (!allowed) return { ok: false, code: 'upload.type-not-allowed' };
  const detected = candidate.detectedMime ?? null;
  // A text extension with a recognised binary signature is a disguised file.
  const matches = allowed.text ? detected === null : detected !== null && allowed.mimes.includes(detected);
  if (!matches) return { ok: false, code: 'upload.type-mismatch' };
  return { ok: true, fileName, extension, mustCheckText: allowed.text };
}
