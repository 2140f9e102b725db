import { deflateSync, strToU8 } from 'fflate';
import { compareCodePoints } from '../compare.js';
import { assertArchivePath } from './archive-path.js';
import { crc32 } from './crc32.js';
import { dosDateTime, type DosDateTime } from './dos-date-time.js';

// A small ZIP writer (APPNOTE 6.3) around fflate's DEFLATE. Written here rather than with
// fflate's zip functions because those stamp entries with the machine's local time, which would
// make the bytes depend on the server's time zone. Everything that could vary is fixed: entry
// order, one timestamp for all entries, compression settings, attributes, no extra fields except
// ZIP64's, which an archive gets only where it needs them (a file or offset of 4 GiB or more,
// 65,535 files or more), so smaller archives keep the classic format.

export interface ZipFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * A file too large to hold, made ready beforehand: its CRC-32, sizes and SHA-256 are known and
 * its data (compressed when `method` is 8) can be read in pieces. See `StreamingDeflate`.
 */
export interface PreparedZipData {
  method: 0 | 8;
  crc: number;
  /** Size of the file itself. */
  size: number;
  /** Size of the data as stored in the ZIP (equal to `size` when stored). */
  compressedSize: number;
  /** SHA-256 (hex) of the file itself, for the manifest. */
  sha256: string;
  data(): AsyncIterable<Uint8Array>;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
const VERSION = 20; // 2.0: deflate
const VERSION_ZIP64 = 45; // 4.5: ZIP64
const MADE_BY_UNIX = (3 << 8) | VERSION;
const MADE_BY_UNIX_ZIP64 = (3 << 8) | VERSION_ZIP64;
const UTF8_NAMES = 0x0800;
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;
const MAX_UINT32 = 0xffffffff;
const MAX_UINT16 = 0xffff;
/** Files up to this size are compressed with small tables. */
const SMALL_FILE = 16 * 1024;

interface WrittenEntry {
  name: Uint8Array;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function writer(size: number): { bytes: Uint8Array; u16(v: number): void; u32(v: number): void; u64(v: number): void; raw(b: Uint8Array): void } {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  return {
    bytes,
    u16: (v) => { view.setUint16(at, v, true); at += 2; },
    u32: (v) => { view.setUint32(at, v >>> 0, true); at += 4; },
    u64: (v) => { view.setBigUint64(at, BigInt(v), true); at += 8; },
    raw: (b) => { bytes.set(b, at); at += b.length; },
  };
}

/** A value as a 32-bit field, or the ZIP64 marker when it does not fit. */
const field32 = (v: number) => (v >= MAX_UINT32 ? MAX_UINT32 : v);

function localHeader(e: WrittenEntry, when: DosDateTime): Uint8Array {
  // In a local header the ZIP64 extra field holds both sizes, and only when a size needs it.
  const zip64 = e.size >= MAX_UINT32 || e.compressedSize >= MAX_UINT32;
  const w = writer(30 + e.name.length + (zip64 ? 20 : 0));
  w.u32(LOCAL_HEADER); w.u16(zip64 ? VERSION_ZIP64 : VERSION); w.u16(UTF8_NAMES); w.u16(e.method);
  w.u16(when.time); w.u16(when.date);
  w.u32(e.crc); w.u32(zip64 ? MAX_UINT32 : e.compressedSize); w.u32(zip64 ? MAX_UINT32 : e.size);
  w.u16(e.name.length); w.u16(zip64 ? 20 : 0);
  w.raw(e.name);
  if (zip64) {
    w.u16(ZIP64_EXTRA); w.u16(16); w.u64(e.size); w.u64(e.compressedSize);
  }
  return w.bytes;
}

function centralHeader(e: WrittenEntry, when: DosDateTime): Uint8Array {
  // The central ZIP64 extra field holds, in this order, just the values whose field overflows.
  const large = [e.size, e.compressedSize, e.offset].filter((v) => v >= MAX_UINT32);
  const extra = large.length ? 4 + 8 * large.length : 0;
  const w = writer(46 + e.name.length + extra);
  w.u32(CENTRAL_HEADER); w.u16(large.length ? MADE_BY_UNIX_ZIP64 : MADE_BY_UNIX); w.u16(large.length ? VERSION_ZIP64 : VERSION); w.u16(UTF8_NAMES); w.u16(e.method);
  w.u16(when.time); w.u16(when.date);
  w.u32(e.crc); w.u32(field32(e.compressedSize)); w.u32(field32(e.size));
  w.u16(e.name.length); w.u16(extra); w.u16(0); // extra field, comment
  w.u16(0); w.u16(0); w.u32(REGULAR_FILE_0644); // disk, internal attributes, external attributes
  w.u32(field32(e.offset));
  w.raw(e.name);
  if (large.length) {
    w.u16(ZIP64_EXTRA); w.u16(8 * large.length);
    for (const v of large) w.u64(v);
  }
  return w.bytes;
}

/** The end records: ZIP64's record and locator first when the count, size or offset needs them. */
function endOfCentralDirectory(count: number, size: number, offset: number): Uint8Array[] {
  const zip64 = count >= MAX_UINT16 || size >= MAX_UINT32 || offset >= MAX_UINT32;
  const end = writer(22);
  end.u32(END_OF_CENTRAL_DIRECTORY); end.u16(0); end.u16(0);
  end.u16(Math.min(count, MAX_UINT16)); end.u16(Math.min(count, MAX_UINT16)); end.u32(field32(size)); end.u32(field32(offset)); end.u16(0);
  if (!zip64) return [end.bytes];
  const record = writer(56);
  record.u32(ZIP64_END_OF_CENTRAL_DIRECTORY); record.u64(44); record.u16(MADE_BY_UNIX_ZIP64); record.u16(VERSION_ZIP64);
  record.u32(0); record.u32(0); record.u64(count); record.u64(count); record.u64(size); record.u64(offset);
  const locator = writer(20);
  locator.u32(ZIP64_LOCATOR); locator.u32(0); locator.u64(offset + size); locator.u32(1);
  return [record.bytes, locator.bytes, end.bytes];
}

/** Bytes kept in memory in pieces of this size (the central directory grows with every entry). */
const PIECE = 64 * 1024;

/** A byte buffer that grows in pieces, so it never copies what it already holds. */
class GrowingBytes {
  private readonly pieces: Uint8Array[] = [];
  private filled = PIECE;
  length = 0;

  append(bytes: Uint8Array): void {
    let at = 0;
    while (at < bytes.length) {
      if (this.filled === PIECE) {
        this.pieces.push(new Uint8Array(PIECE));
        this.filled = 0;
      }
      const take = Math.min(PIECE - this.filled, bytes.length - at);
      this.pieces.at(-1)!.set(bytes.subarray(at, at + take), this.filled);
      this.filled += take;
      at += take;
    }
    this.length += bytes.length;
  }

  chunks(): Uint8Array[] {
    return this.pieces.map((piece, i) => (i === this.pieces.length - 1 ? piece.subarray(0, this.filled) : piece));
  }
}

/**
 * Writes entries one at a time, sorted by path (code point order; a path out of order or twice
 * is refused), and returns the chunks to emit: only one file's compressed bytes are held at a
 * time, and of the others only their central directory records (about a hundred bytes each),
 * so large archives can be streamed.
 */
export function createZipWriter(fixedDate: string): {
  /** Adds a file; `last` adds one that is out of order on purpose (the manifest), after which nothing more can be added. */
  add(file: ZipFile, last?: boolean): Uint8Array[];
  /** The local header of a prepared file; its `compressedSize` bytes of data must follow. */
  addPrepared(path: string, data: Omit<PreparedZipData, 'data' | 'sha256'>): Uint8Array;
  finish(): Uint8Array[];
} {
  const when = dosDateTime(fixedDate);
  const central = new GrowingBytes();
  let count = 0;
  let previous: string | null = null;
  let closed = false;
  let offset = 0;
  const entryName = (path: string, last = false): Uint8Array => {
    assertArchivePath(path);
    if (closed) throw new RangeError(`Archive path ${JSON.stringify(path)} comes after the last file`);
    closed = last;
    if (previous !== null && !last) {
      const order = compareCodePoints(previous, path);
      if (order === 0) throw new RangeError(`Archive path ${JSON.stringify(path)} appears twice`);
      if (order > 0) throw new RangeError(`Archive files must come sorted by path: ${JSON.stringify(path)} after ${JSON.stringify(previous)}`);
    }
    previous = path;
    const name = strToU8(path);
    if (name.length > 0xffff) throw new RangeError(`Archive path is too long: ${path.slice(0, 80)}…`);
    return name;
  };
  const write = (entry: WrittenEntry): Uint8Array => {
    const header = localHeader(entry, when);
    offset += header.length + entry.compressedSize;
    if (!Number.isSafeInteger(offset)) throw new RangeError('Archive too large');
    central.append(centralHeader(entry, when));
    count += 1;
    return header;
  };
  return {
    add({ path, bytes }, last = false) {
      const name = entryName(path, last);
      // fflate sets up its tables for every call; small files get small tables (a fixed rule, so
      // the bytes are still fixed), which makes the thousands of receipts quick to compress.
      const deflated = deflateSync(bytes, { level: 6, mem: bytes.length <= SMALL_FILE ? 4 : 8 });
      // Store what does not shrink (PDFs, images, ZIP-based office files).
      const stored = deflated.length >= bytes.length;
      const data = stored ? bytes : deflated;
      return [write({ name, method: stored ? 0 : 8, crc: crc32(bytes), compressedSize: data.length, size: bytes.length, offset }), data];
    },
    addPrepared(path, { method, crc, size, compressedSize }) {
      return write({ name: entryName(path), method, crc, compressedSize, size, offset });
    },
    finish() {
      return [...central.chunks(), ...endOfCentralDirectory(count, central.length, offset)];
    },
  };
}

export function sortedByPath<T extends { path: string }>(files: readonly T[]): T[] {
  return files.toSorted((a, b) => compareCodePoints(a.path, b.path));
}

/** The ZIP as chunks, entries sorted by path: stream them to a response or a file. */
export function* deterministicZipChunks(files: readonly ZipFile[], fixedDate: string): Generator<Uint8Array> {
  const zip = createZipWriter(fixedDate);
  for (const file of sortedByPath(files)) yield* zip.add(file);
  yield* zip.finish();
}

export function concatBytes(chunks: Iterable<Uint8Array>): Uint8Array {
  const list = [...chunks];
  const out = new Uint8Array(list.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of list) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * A ZIP whose bytes depend only on the files and the date: entries sorted by path (code point
 * order), every entry dated `fixedDate` (the decision), DEFLATE level 6, Unix mode 0644.
 */
export function buildDeterministicZip(files: readonly ZipFile[], fixedDate: string): Uint8Array {
  return concatBytes(deterministicZipChunks(files, fixedDate));
}
