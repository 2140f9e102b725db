import { deflateSync, strToU8 } from 'fflate';
import { compareCodePoints } from '../compare.js';
import { assertArchivePath } from './archive-path.js';
import { crc32 } from './crc32.js';
import { dosDateTime, type DosDateTime } from './dos-date-time.js';

// A small ZIP writer (APPNOTE 6.3, no ZIP64) around fflate's DEFLATE. Written here rather than
// with fflate's zip functions because those stamp entries with the machine's local time, which
// would make the bytes depend on the server's time zone. Everything that could vary is fixed:
// entry order, one timestamp for all entries, compression settings, attributes, no extra fields.

export interface ZipFile {
  path: string;
  bytes: Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20; // 2.0: deflate
const MADE_BY_UNIX = (3 << 8) | VERSION;
const UTF8_NAMES = 0x0800;
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;
const MAX_UINT32 = 0xffffffff;

interface WrittenEntry {
  name: Uint8Array;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function writer(size: number): { bytes: Uint8Array; u16(v: number): void; u32(v: number): void; raw(b: Uint8Array): void } {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  return {
    bytes,
    u16: (v) => { view.setUint16(at, v, true); at += 2; },
    u32: (v) => { view.setUint32(at, v >>> 0, true); at += 4; },
    raw: (b) => { bytes.set(b, at); at += b.length; },
  };
}

function localHeader(e: WrittenEntry, when: DosDateTime): Uint8Array {
  const w = writer(30 + e.name.length);
  w.u32(LOCAL_HEADER); w.u16(VERSION); w.u16(UTF8_NAMES); w.u16(e.method);
  w.u16(when.time); w.u16(when.date);
  w.u32(e.crc); w.u32(e.compressedSize); w.u32(e.size);
  w.u16(e.name.length); w.u16(0);
  w.raw(e.name);
  return w.bytes;
}

function centralHeader(e: WrittenEntry, when: DosDateTime): Uint8Array {
  const w = writer(46 + e.name.length);
  w.u32(CENTRAL_HEADER); w.u16(MADE_BY_UNIX); w.u16(VERSION); w.u16(UTF8_NAMES); w.u16(e.method);
  w.u16(when.time); w.u16(when.date);
  w.u32(e.crc); w.u32(e.compressedSize); w.u32(e.size);
  w.u16(e.name.length); w.u16(0); w.u16(0); // extra field, comment
  w.u16(0); w.u16(0); w.u32(REGULAR_FILE_0644); // disk, internal attributes, external attributes
  w.u32(e.offset);
  w.raw(e.name);
  return w.bytes;
}

function endOfCentralDirectory(count: number, size: number, offset: number): Uint8Array {
  const w = writer(22);
  w.u32(END_OF_CENTRAL_DIRECTORY); w.u16(0); w.u16(0);
  w.u16(count); w.u16(count); w.u32(size); w.u32(offset); w.u16(0);
  return w.bytes;
}

/**
 * Writes entries one at a time, in the order given, and returns the chunks to emit: only one
 * file's compressed bytes are held at a time, so large archives can be streamed.
 */
export function createZipWriter(fixedDate: string): {
  add(file: ZipFile): Uint8Array[];
  finish(): Uint8Array[];
} {
  const when = dosDateTime(fixedDate);
  const written: WrittenEntry[] = [];
  const seen = new Set<string>();
  let offset = 0;
  return {
    add({ path, bytes }) {
      assertArchivePath(path);
      if (seen.has(path)) throw new RangeError(`Archive path ${JSON.stringify(path)} appears twice`);
      seen.add(path);
      const name = strToU8(path);
      if (name.length > 0xffff) throw new RangeError(`Archive path is too long: ${path.slice(0, 80)}…`);
      if (written.length >= 0xffff) throw new RangeError('Too many files for a ZIP without ZIP64');
      const deflated = deflateSync(bytes, { level: 6, mem: 8 });
      // Store what does not shrink (PDFs, images, ZIP-based office files).
      const stored = deflated.length >= bytes.length;
      const data = stored ? bytes : deflated;
      const entry: WrittenEntry = { name, method: stored ? 0 : 8, crc: crc32(bytes), compressedSize: data.length, size: bytes.length, offset };
      const header = localHeader(entry, when);
      offset += header.length + data.length;
      if (offset > MAX_UINT32) throw new RangeError('Archive larger than 4 GiB; ZIP64 is not supported');
      written.push(entry);
      return [header, data];
    },
    finish() {
      const central = written.map((e) => centralHeader(e, when));
      const size = central.reduce((sum, c) => sum + c.length, 0);
      if (offset + size > MAX_UINT32) throw new RangeError('Archive larger than 4 GiB; ZIP64 is not supported');
      return [...central, endOfCentralDirectory(written.length, size, offset)];
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
