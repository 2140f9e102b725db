// file-type recognises no signature in TXT, MD or JSON files, so for those the bytes themselves
// are checked: valid UTF-8 and no NUL byte (a NUL is the surest sign of a binary file). The
// checker takes chunks, so an upload is checked as it streams, never held whole in memory.
export type TextContentCode = 'upload.text-invalid-utf8' | 'upload.text-nul-byte';

export interface TextContentChecker {
  push(chunk: Uint8Array): void;
  /** Call after the last chunk; a sequence cut off at the end is invalid. */
  result(): { ok: true } | { ok: false; code: TextContentCode };
}

export interface TextContentCheckerOptions {
  /**
   * A native whole-buffer UTF-8 validator (Node's `buffer.isUtf8`). The byte-by-byte check in
   * plain JavaScript costs milliseconds per megabyte, which the API pays for every upload in
   * the deadline rush; with a validator the checker only stitches sequences split between chunks.
   */
  isWellFormedUtf8?: (bytes: Uint8Array) => boolean;
}

export function createTextContentChecker(options: TextContentCheckerOptions = {}): TextContentChecker {
  return options.isWellFormedUtf8 ? nativeChecker(options.isWellFormedUtf8) : portableChecker();
}

function portableChecker(): TextContentChecker {
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

/** Length of the sequence a lead byte starts (invalid leads are left to the validator). */
function sequenceLength(lead: number): number {
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  if (lead >= 0xc0) return 2;
  return 1;
}

/** Where a multi-byte sequence cut off by the end of the chunk starts; the chunk's length if none is. */
function incompleteTailStart(chunk: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const byte = chunk[chunk.length - back]!;
    if (byte < 0x80) return chunk.length;
    if (byte >= 0xc0) return back < sequenceLength(byte) ? chunk.length - back : chunk.length;
  }
  return chunk.length;
}

function nativeChecker(isWellFormedUtf8: (bytes: Uint8Array) => boolean): TextContentChecker {
  let failure: TextContentCode | null = null;
  let carry = new Uint8Array(0); // the start of a sequence the previous chunk cut off

  function check(bytes: Uint8Array): void {
    if (failure === null && bytes.length > 0 && !isWellFormedUtf8(bytes)) failure = 'upload.text-invalid-utf8';
  }

  /** Checks bytes without a NUL, carrying a sequence cut off at their end over to the next push. */
  function pushWithoutNul(chunk: Uint8Array): void {
    let rest = chunk;
    if (carry.length > 0) {
      const missing = Math.min(sequenceLength(carry[0]!) - carry.length, chunk.length);
      const joined = new Uint8Array(carry.length + missing);
      joined.set(carry);
      joined.set(chunk.subarray(0, missing), carry.length);
      rest = chunk.subarray(missing);
      if (joined.length < sequenceLength(joined[0]!)) {
        carry = joined;
        return;
      }
      carry = new Uint8Array(0);
      check(joined);
    }
    const cut = incompleteTailStart(rest);
    check(rest.subarray(0, cut));
    carry = rest.slice(cut);
  }

  return {
    push(chunk) {
      if (failure !== null) return;
      const nul = chunk.indexOf(0);
      if (nul === -1) return pushWithoutNul(chunk);
      // Report what comes first in the file, as the byte-by-byte check does.
      pushWithoutNul(chunk.subarray(0, nul));
      if (failure === null) failure = carry.length > 0 ? 'upload.text-invalid-utf8' : 'upload.text-nul-byte';
    },
    result() {
      if (failure) return { ok: false, code: failure };
      if (carry.length > 0) return { ok: false, code: 'upload.text-invalid-utf8' };
      return { ok: true };
    },
  };
}

export function checkTextContent(bytes: Uint8Array): ReturnType<TextContentChecker['result']> {
  const checker = createTextContentChecker();
  checker.push(bytes);
  return checker.result();
}
