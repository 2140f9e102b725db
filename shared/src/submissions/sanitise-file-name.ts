// Uploaded files are stored under their SHA-256; the name is kept only to show and to offer as
// the download name, so it must be harmless everywhere: no path, no control or direction-
// override characters (which can disguise "exe" as "pdf"), nothing a file system reserves.
export const MAX_FILE_NAME_LENGTH = 120;
const MAX_EXTENSION_LENGTH = 10;
const FALLBACK_NAME = 'file';

// C0 and C1 control characters, and bidirectional and zero-width formatting characters.
function isInvisible(codePoint: number): boolean {
  return (
    codePoint < 0x20 ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    codePoint === 0x061c ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x2069) ||
    codePoint === 0xfeff
  );
}

function stripInvisible(text: string): string {
  return Array.from(text)
    .filter((ch) => !isInvisible(ch.codePointAt(0) ?? 0))
    .join('');
}
const RESERVED = /[<>:"|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

function lastSegment(name: string): string {
  const parts = name.split(/[/\\]/);
  return parts[parts.length - 1] ?? '';
}

/** Splits "report.final.pdf" into ["report.final", "pdf"]; a name without a dot has no extension. */
export function splitExtension(name: string): [base: string, extension: string] {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return [name, ''];
  const extension = name.slice(dot + 1);
  return extension.length > MAX_EXTENSION_LENGTH ? [name, ''] : [name.slice(0, dot), extension];
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text); // by code point, so a surrogate pair is never split
  return chars.length > max ? chars.slice(0, max).join('') : text;
}

export function sanitiseFileName(name: string): string {
  let clean = lastSegment(stripInvisible(name.normalize('NFC')));
  clean = clean.replace(RESERVED, '_').replace(/\s+/g, ' ');
  // Leading dots hide files or climb directories; trailing dots and spaces vanish on Windows.
  clean = clean.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
  if (WINDOWS_DEVICE.test(clean)) clean = `_${clean}`;
  if (Array.from(clean).length > MAX_FILE_NAME_LENGTH) {
    const [base, extension] = splitExtension(clean);
    clean = extension
      ? `${truncate(base, MAX_FILE_NAME_LENGTH - extension.length - 1).replace(/[\s.]+$/, '')}.${extension}`
      : truncate(clean, MAX_FILE_NAME_LENGTH).replace(/[\s.]+$/, '');
  }
  if (clean === '') return FALLBACK_NAME;
  // Shortening can leave only ".pdf" behind; keep the extension, never a hidden file.
  return clean.startsWith('.') ? `${FALLBACK_NAME}${clean}` : clean;
}
