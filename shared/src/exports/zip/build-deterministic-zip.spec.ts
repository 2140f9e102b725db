import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../common/sha256.js';
import { buildDeterministicZip, createZipWriter, deterministicZipChunks, type ZipFile } from './build-deterministic-zip.js';
import { bytesSource } from './archive-source.js';
import { readArchiveDirectory } from './read-archive-directory.js';

// Only the environment variable is needed from Node here (to switch time zones).
declare const process: { env: Record<string, string | undefined> };

const utf8 = (text: string): Uint8Array => strToU8(text);
const DECIDED_AT = '2026-11-20T10:00:00Z';

function files(): ZipFile[] {
  return [
    { path: 'sheets/ranking.csv', bytes: utf8('\uFEFFPlacering;Bidrag\r\n1;Entry 1\r\n'.repeat(50)) },
    { path: 'ocds-release-package.json', bytes: utf8('{\n  "version": "1.1"\n}\n') },
    { path: 'entries/e1/documents/løsning.pdf', bytes: Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 251) },
    { path: 'empty.txt', bytes: new Uint8Array() },
  ];
}

// Names of the entries in the order of the central directory, read straight from the bytes.
function centralDirectoryNames(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    names.push(strFromU8(zip.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return names;
}

describe('buildDeterministicZip', () => {
  const originalTz = process.env['TZ'];
  afterEach(() => {
    if (originalTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = originalTz;
  });

  it('gives byte-identical archives for the same files and date', () => {
    const first = buildDeterministicZip(files(), DECIDED_AT);
    const second = buildDeterministicZip(files(), DECIDED_AT);
    expect(sha256Hex(second)).toBe(sha256Hex(first));
  });

  it('does not depend on the order the files are given in', () => {
    expect(sha256Hex(buildDeterministicZip(files().toReversed(), DECIDED_AT))).toBe(sha256Hex(buildDeterministicZip(files(), DECIDED_AT)));
  });

  it("does not depend on the server's time zone", () => {
    process.env['TZ'] = 'UTC';
    const utc = buildDeterministicZip(files(), DECIDED_AT);
    process.env['TZ'] = 'Pacific/Kiritimati';
    const farEast = buildDeterministicZip(files(), DECIDED_AT);
    process.env['TZ'] = 'America/Los_Angeles';
    const farWest = buildDeterministicZip(files(), DECIDED_AT);
    expect(sha256Hex(farEast)).toBe(sha256Hex(utc));
    expect(sha256Hex(farWest)).toBe(sha256Hex(utc));
  });

  it('changes when the date or a single byte changes', () => {
    const base = sha256Hex(buildDeterministicZip(files(), DECIDED_AT));
    expect(sha256Hex(buildDeterministicZip(files(), '2026-11-21T10:00:00Z'))).not.toBe(base);
    const changed = files();
    changed[1] = { path: 'ocds-release-package.json', bytes: utf8('{\n  "version": "1.2"\n}\n') };
    expect(sha256Hex(buildDeterministicZip(changed, DECIDED_AT))).not.toBe(base);
  });

  it('unpacks to the same files with another ZIP reader, entries sorted by path', () => {
    const zip = buildDeterministicZip(files(), DECIDED_AT);
    const unpacked = unzipSync(zip);
    for (const file of files()) expect(unpacked[file.path]).toEqual(file.bytes);
    expect(centralDirectoryNames(zip)).toEqual([
      'empty.txt',
      'entries/e1/documents/løsning.pdf',
      'ocds-release-package.json',
      'sheets/ranking.csv',
    ]);
  });

  it('dates every entry at the decision, in UTC', () => {
    const zip = buildDeterministicZip(files(), DECIDED_AT);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // First local header: time at offset 10, date at 12.
    const time = view.getUint16(10, true);
    const date = view.getUint16(12, true);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63]).toEqual([2026, 11, 20, 10, 0]);
  });

  it('refuses two files with the same path and unsafe paths', () => {
    expect(() => buildDeterministicZip([...files(), { path: 'empty.txt', bytes: new Uint8Array([1]) }], DECIDED_AT)).toThrow(/twice/);
    expect(() => buildDeterministicZip([{ path: '../escape.txt', bytes: new Uint8Array() }], DECIDED_AT)).toThrow(RangeError);
  });

  it('streams the same bytes chunk by chunk', () => {
    const chunks = [...deterministicZipChunks(files(), DECIDED_AT)];
    expect(chunks.length).toBeGreaterThan(files().length);
    const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      joined.set(c, at);
      at += c.length;
    }
    expect(sha256Hex(joined)).toBe(sha256Hex(buildDeterministicZip(files(), DECIDED_AT)));
  });

  describe('ZIP64, only where an archive needs it', () => {
    const u32 = (bytes: Uint8Array, at: number) => new DataView(bytes.buffer, bytes.byteOffset).getUint32(at, true);
    const u64 = (bytes: Uint8Array, at: number) => Number(new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(at, true));

    it('keeps small archives in the classic format', () => {
      const zip = buildDeterministicZip(files(), DECIDED_AT);
      const end = zip.length - 22;
      expect(u32(zip, end)).toBe(0x06054b50);
      expect(u32(zip, end - 20)).not.toBe(0x07064b50);
    });

    it('writes 65,535 files and more with ZIP64 end records that other readers follow', async () => {
      const many: ZipFile[] = Array.from({ length: 70_000 }, (_, i) => ({ path: `receipts/${String(i).padStart(5, '0')}.json`, bytes: utf8(`{"n":${i}}`) }));
      const zip = buildDeterministicZip(many, DECIDED_AT);
      const end = zip.length - 22;
      expect(u32(zip, end - 20)).toBe(0x07064b50);
      const record = u64(zip, end - 12);
      expect(u32(zip, record)).toBe(0x06064b50);
      expect(u64(zip, record + 32)).toBe(70_000);
      const names = (await readArchiveDirectory(bytesSource(zip))).map((entry) => entry.name);
      expect(names).toHaveLength(70_000);
      expect(names.at(-1)).toBe('receipts/69999.json');
      const unpacked = unzipSync(zip);
      expect(Object.keys(unpacked)).toHaveLength(70_000);
      expect(strFromU8(unpacked['receipts/65536.json']!)).toBe('{"n":65536}');
    }, 30_000);

    it('describes a file of 4 GiB or more with 64-bit sizes in its local and central headers', () => {
      const writer = createZipWriter(DECIDED_AT);
      const size = 5 * 1024 ** 3;
      const local = writer.addPrepared('entries/e1/documents/video.zip', { method: 0, crc: 0x12345678, size, compressedSize: size });
      expect(u32(local, 18)).toBe(0xffffffff);
      expect(u32(local, 22)).toBe(0xffffffff);
      const nameLength = local[26]! | (local[27]! << 8);
      expect(local[30 + nameLength]).toBe(1); // the ZIP64 extra field
      expect(u64(local, 30 + nameLength + 4)).toBe(size);
      expect(u64(local, 30 + nameLength + 12)).toBe(size);
      const tail = writer.addPrepared('entries/e1/receipt.json', { method: 0, crc: 1, size: 10, compressedSize: 10 });
      expect(u32(tail, 18)).toBe(10); // a small file after it needs ZIP64 only for its offset, in the central directory
      const end = writer.finish();
      const central = end.slice(0, -3).reduce((all, c) => [...all, ...c], [] as number[]);
      const bytes = Uint8Array.from(central);
      // Second central record: offset overflows, so its extra field holds only the offset.
      const first = 46 + (bytes[28]! | (bytes[29]! << 8)) + (bytes[30]! | (bytes[31]! << 8));
      expect(u32(bytes, first + 42)).toBe(0xffffffff);
      expect(bytes[first + 30]).toBe(12);
      expect(u64(bytes, first + 46 + (bytes[first + 28]! | (bytes[first + 29]! << 8)) + 4)).toBe(30 + nameLength + 20 + size);
      expect(u32(end.at(-3)!, 0)).toBe(0x06064b50);
    });
  });
});
