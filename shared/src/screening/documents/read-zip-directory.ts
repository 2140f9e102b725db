import { isUtf8Text, latin1 } from './text-bytes.js';
import { strFromU8 } from 'fflate';

// Reads a ZIP archive's central directory (APPNOTE 6.3.10 §4.3.12–§4.3.16, with ZIP64) without
// expanding anything: names, methods and the sizes the archive *declares*.

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; anything else is not expanded. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
  directory: boolean;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[]; declaredEntryCount: number; truncatedListing: boolean }
  | { ok: false; problem: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
export const LOCAL_HEADER = 0x04034b50;
const MAX32 = 0xffffffff;

export function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}
export function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}
function u64(b: Uint8Array, at: number): number {
  // Past 2^53 precision does not matter: such a size fails every limit anyway.
  return u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
}

/** Lists at most `maxEntries` entries; `truncatedListing` says more were declared. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const eocd = findEocd(bytes);
  if (eocd < 0) return { ok: false, problem: 'no end-of-central-directory record (truncated or not a ZIP archive)' };
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) {
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== ZIP64_LOCATOR) {
      return { ok: false, problem: 'ZIP64 sizes without a ZIP64 locator' };
    }
    const z64 = u64(bytes, locator + 8);
    if (z64 + 56 > bytes.length || u32(bytes, z64) !== ZIP64_EOCD) {
      return { ok: false, problem: 'ZIP64 end-of-central-directory record missing or truncated' };
    }
    count = u64(bytes, z64 + 32);
    cdSize = u64(bytes, z64 + 40);
    cdOffset = u64(bytes, z64 + 48);
  }
  if (cdOffset + cdSize > bytes.length) {
    return { ok: false, problem: 'central directory lies beyond the end of the file (truncated archive)' };
  }
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  const listed = Math.min(count, maxEntries);
  for (let i = 0; i < listed; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) {
      return { ok: false, problem: `central directory entry ${i + 1} is corrupt` };
    }
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    let compressedSize = u32(bytes, at + 20);
    let uncompressedSize = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let localHeaderOffset = u32(bytes, at + 42);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.length) return { ok: false, problem: `central directory entry ${i + 1} is truncated` };
    const nameBytes = bytes.subarray(nameStart, extraStart);
    // Bit 11 means UTF-8; older tools use CP437, read here as Latin-1 (close enough for names).
    const name = (flags & 0x800) !== 0 || isUtf8Text(nameBytes) ? strFromU8(nameBytes) : latin1(nameBytes);
    if (uncompressedSize === MAX32 || compressedSize === MAX32 || localHeaderOffset === MAX32) {
      const z = readZip64Extra(bytes, extraStart, extraLength, {
        uncompressed: uncompressedSize === MAX32,
        compressed: compressedSize === MAX32,
        offset: localHeaderOffset === MAX32,
      });
      if (!z) return { ok: false, problem: `entry "${name}" declares ZIP64 sizes without a ZIP64 field` };
      uncompressedSize = z.uncompressed ?? uncompressedSize;
      compressedSize = z.compressed ?? compressedSize;
      localHeaderOffset = z.offset ?? localHeaderOffset;
    }
    entries.push({
      name,
      method,
      flags,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      encrypted: (flags & 0x1) !== 0,
      directory: name.endsWith('/') && uncompressedSize === 0,
    });
    at = next;
  }
  return { ok: true, entries, declaredEntryCount: count, truncatedListing: count > listed };
}

function findEocd(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && u32(bytes, at) === EOCD) {
      // The comment length must reach exactly to the end, else this is a stray signature.
      if (at + 22 + u16(bytes, at + 20) <= bytes.length) return at;
    }
  }
  return -1;
}

function readZip64Extra(
  bytes: Uint8Array,
  start: number,
  length: number,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } | null {
  let at = start;
  const end = start + length;
  while (at + 4 <= end) {
    const id = u16(bytes, at);
    const size = u16(bytes, at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const limit = Math.min(at + 4 + size, end);
      const out: { uncompressed?: number; compressed?: number; offset?: number } = {};
      for (const key of ['uncompressed', 'compressed', 'offset'] as const) {
        if (!wanted[key]) continue;
        if (p + 8 > limit) return null;
        out[key] = u64(bytes, p);
        p += 8;
      }
      return out;
    }
    at += 4 + size;
  }
  return null;
}

/** Where an entry's compressed bytes start, from its local header; null if that header is bad. */
export function entryDataRange(bytes: Uint8Array, entry: ZipEntry): { start: number; end: number } | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_HEADER) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return null;
  return { start, end };
}
