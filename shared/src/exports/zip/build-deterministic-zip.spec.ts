import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../common/sha256.js';
import { buildDeterministicZip, deterministicZipChunks, type ZipFile } from './build-deterministic-zip.js';

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
});
