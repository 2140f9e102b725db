import { isUtf8Text, latin1 } from './text-bytes.js';
import { strFromU8 } from 'fflate';

// Reads a ZIP archive's central directory (APPNOTE 6.3.10 §4.3.12–§4.3.16, with ZIP64) without
// expanding anything: names, methods and the sizes the archive *declares*.

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; anything else is not expanded. */
  method: number;
  flags: number;
  /** CRC-32 of the entry's content, as the central directory records it. */
  crc: number;
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

/** Bytes at the end of a file that can hold the end record: the record and a comment of up to 65,535 bytes. */
export const END_RECORD_SEARCH_BYTES = 22 + 0xffff;
/** The fixed part of the ZIP64 end record, and its locator just before the end record. */
export const ZIP64_END_RECORD_BYTES = 56;
export const ZIP64_LOCATOR_BYTES = 20;
/** The fixed part of a central directory header (name, extra field and comment follow). */
export const CENTRAL_HEADER_BYTES = 46;
/** The fixed part of a local header (name and extra field follow, then the data). */
export const LOCAL_HEADER_BYTES = 30;

/** Where the central directory lies and how many entries it declares. */
export interface CentralDirectoryPlace {
  count: number;
  size: number;
  offset: number;
}

/** What the end record says; `zip64RecordAt` is the file offset of the ZIP64 end record holding the real values, if any. */
export type EndRecord =
  | { ok: true; place: CentralDirectoryPlace; zip64RecordAt: number | null }
  | { ok: false; problem: string };

export const NO_END_RECORD = 'no end-of-central-directory record (truncated or not a ZIP archive)';
export const BROKEN_ZIP64_END_RECORD = 'ZIP64 end-of-central-directory record missing or truncated';
export const DIRECTORY_PAST_END = 'central directory lies beyond the end of the file (truncated archive)';

/** Lists at most `maxEntries` entries; `truncatedListing` says more were declared. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const eocd = findEocd(bytes);
  if (eocd < 0) return { ok: false, problem: NO_END_RECORD };
  const end = readEndRecord(bytes, eocd);
  if (!end.ok) return end;
  const place = end.zip64RecordAt === null ? end.place : readZip64EndRecord(bytes, end.zip64RecordAt);
  if (!place) return { ok: false, problem: BROKEN_ZIP64_END_RECORD };
  const { count, size, offset } = place;
  if (offset + size > bytes.length) {
    return { ok: false, problem: DIRECTORY_PAST_END };
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  const listed = Math.min(count, maxEntries);
  for (let i = 0; i < listed; i++) {
    const header = readCentralHeader(bytes, at, i);
    if (!header.ok) return header;
    entries.push(header.entry);
    at = header.next;
  }
  return { ok: true, entries, declaredEntryCount: count, truncatedListing: count > listed };
}

/** What the end record at `eocd` says, following a ZIP64 locator just before it when its values overflow. */
export function readEndRecord(bytes: Uint8Array, eocd: number): EndRecord {
  const place = { count: u16(bytes, eocd + 10), size: u32(bytes, eocd + 12), offset: u32(bytes, eocd + 16) };
  if (place.count !== 0xffff && place.size !== MAX32 && place.offset !== MAX32) return { ok: true, place, zip64RecordAt: null };
  const locator = eocd - ZIP64_LOCATOR_BYTES;
  if (locator < 0 || u32(bytes, locator) !== ZIP64_LOCATOR) {
    return { ok: false, problem: 'ZIP64 sizes without a ZIP64 locator' };
  }
  return { ok: true, place, zip64RecordAt: u64(bytes, locator + 8) };
}

/** The values of the ZIP64 end record at `at` in `bytes`, or null when it is not there. */
export function readZip64EndRecord(bytes: Uint8Array, at: number): CentralDirectoryPlace | null {
  if (at < 0 || at + ZIP64_END_RECORD_BYTES > bytes.length || u32(bytes, at) !== ZIP64_EOCD) return null;
  return { count: u64(bytes, at + 32), size: u64(bytes, at + 40), offset: u64(bytes, at + 48) };
}

/** Length of the central directory header at `at`, whose fixed part must be in `bytes`. */
export function centralHeaderLength(bytes: Uint8Array, at: number): number {
  return CENTRAL_HEADER_BYTES + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
}

/** The `index`th central directory header, at `at`; `next` is where the one after it starts. */
export function readCentralHeader(
  bytes: Uint8Array,
  at: number,
  index: number,
): { ok: true; entry: ZipEntry; next: number } | { ok: false; problem: string } {
  if (at + CENTRAL_HEADER_BYTES > bytes.length || u32(bytes, at) !== CENTRAL) {
    return { ok: false, problem: `central directory entry ${index + 1} is corrupt` };
  }
  const flags = u16(bytes, at + 8);
  const method = u16(bytes, at + 10);
  let compressedSize = u32(bytes, at + 20);
  let uncompressedSize = u32(bytes, at + 24);
  const nameLength = u16(bytes, at + 28);
  const extraLength = u16(bytes, at + 30);
  let localHeaderOffset = u32(bytes, at + 42);
  const nameStart = at + CENTRAL_HEADER_BYTES;
  const extraStart = nameStart + nameLength;
  const next = at + centralHeaderLength(bytes, at);
  if (next > bytes.length) return { ok: false, problem: `central directory entry ${index + 1} is truncated` };
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
  const entry: ZipEntry = {
    name,
    method,
    flags,
    crc: u32(bytes, at + 16),
    compressedSize,
    uncompressedSize,
    localHeaderOffset,
    encrypted: (flags & 0x1) !== 0,
    directory: name.endsWith('/') && uncompressedSize === 0,
  };
  return { ok: true, entry, next };
}

export function findEocd(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - END_RECORD_SEARCH_BYTES);
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

/** Length of the local header at `at` (its data follows), or null when no local header is there. */
export function localHeaderLength(bytes: Uint8Array, at: number): number | null {
  if (at + LOCAL_HEADER_BYTES > bytes.length || u32(bytes, at) !== LOCAL_HEADER) return null;
  return LOCAL_HEADER_BYTES + u16(bytes, at + 26) + u16(bytes, at + 28);
}

/** Where an entry's compressed bytes start, from its local header; null if that header is bad. */
export function entryDataRange(bytes: Uint8Array, entry: ZipEntry): { start: number; end: number } | null {
  const header = localHeaderLength(bytes, entry.localHeaderOffset);
  if (header === null) return null;
  const start = entry.localHeaderOffset + header;
  const end = start + entry.compressedSize;
  if (end > bytes.length) return null;
  return { start, end };
}
