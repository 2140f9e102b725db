function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

// Paths inside an archive: relative, forward slashes, no empty, "." or ".." segments, so no
// unpacking tool can be led outside its target folder.
export function assertArchivePath(path: string): void {
  const problem =
    path === '' ? 'is empty'
    : path.startsWith('/') ? 'starts with /'
    : path.includes('\\') ? 'contains a backslash'
    : hasControlCharacter(path) ? 'contains a control character'
    : path.split('/').some((s) => s === '' || s === '.' || s === '..') ? 'has an empty, "." or ".." segment'
    : null;
  if (problem) throw new RangeError(`Archive path ${JSON.stringify(path)} ${problem}`);
}

/**
 * A file or folder name safe in any file system: letters (æøå included) and digits stay, as do
 * ".", "_" and "-"; anything else becomes "_". Leading dots go (no hidden files) and long names
 * are shortened, keeping the extension.
 */
export function safePathSegment(name: string, maxLength = 120): string {
  let safe = name.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '');
  if (safe === '') safe = '_';
  if (safe.length <= maxLength) return safe;
  const dot = safe.lastIndexOf('.');
  const extension = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
  return safe.slice(0, maxLength - extension.length) + extension;
}
