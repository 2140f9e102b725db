// file-type recognises no signature in TXT, MD or JSON files, so for those the bytes themselves
// are checked: valid UTF-8 and no NUL byte (a NUL is the surest sign of a binary file). The
// checker takes chunks, so an upload is checked as it streams, never held whole in memory.
export type TextContentCode = 'upload.text-invalid-utf8' | 'upload.text-nul-byte';

export interface TextContentChecker {
  push(chunk: Uint8Array): void;
  /** Call after the last chunk; a sequence cut off at the end is invalid. */
  result(): { ok: true } | { ok: false; code: TextContentCode };
}

export function createTextContentChecker(): TextContentChecker {
  let failure: TextContentCode | null = null;
  let pending = 0; // continuation bytes still expected
  let lower = 0x80; // allowed range of the next continuation byte (rules out overlong forms,
  let upper = 0xbf; // surrogates and code points above U+10FFFF)

  function pushByte(byte: number): void {
    if (pending > 0) {
      if (byte < lower || byte > upper) {
        failure = 'upload.text-invalid-utf8';
        return;
      }
      pending -= 1;
      lower = 0x80;
      upper = 0xbf;
      return;
    }
    if (byte === 0x00) failure = 'upload.text-nul-byte';
    else if (byte < 0x80) return;
    else if (byte >= 0xc2 && byte <= 0xdf) pending = 1;
    else if (byte >= 0xe0 && byte <= 0xef) {
      pending = 2;
      if (byte === 0xe0) lower = 0xa0;
      if (byte === 0xed) upper = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      pending = 3;
      if (byte === 0xf0) lower = 0x90;
      if (byte === 0xf4) upper = 0x8f;
    } else failure = 'upload.text-invalid-utf8';
  }

  return {
    push(chunk) {
      for (let i = 0; i < chunk.length && failure === null; i++) pushByte(chunk[i] ?? 0);
    },
    result() {
      if (failure) return { ok: false, code: failure };
      if (pending > 0) return { ok: false, code: 'upload.text-invalid-utf8' };
      return { ok: true };
    },
  };
}

export function checkTextContent(bytes: Uint8Array): ReturnType<TextContentChecker['result']> {
  const checker = createTextContentChecker();
  checker.push(bytes);
  return checker.result();
}
