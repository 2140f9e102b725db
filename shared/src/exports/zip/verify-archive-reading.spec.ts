import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pseudoRandomBytes } from '../testing/pseudo-random-bytes.js';
import { recordingSource } from '../testing/recording-source.js';
import { bytesSource } from './archive-source.js';
import { buildArchive } from './build-archive.js';
import { READ_CHUNK_BYTES } from './read-archive-directory.js';
import { MAX_KEPT_BYTES } from './scan-archive.js';
import { verifyArchive } from './verify-archive.js';

// How an archive is read: a chunk at a time whatever its size, ZIP64 included, and nothing
// taken on trust from its headers (sizes, methods, checksums).

const DECIDED_AT = '2026-11-20T10:00:00Z';

/** One field of a file's central directory header, as a forger or a broken tool would set it. */
function withCentralField(zip: Uint8Array, path: string, field: 'flags' | 'method' | 'crc' | 'uncompressedSize', value: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(path);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== name.length) continue;
    if (!out.subarray(at + 46, at + 46 + name.length).every((b, i) => b === name[i])) continue;
    if (field === 'flags') view.setUint16(at + 8, value, true);
    if (field === 'method') view.setUint16(at + 10, value, true);
    if (field === 'crc') view.setUint32(at + 16, value, true);
    if (field === 'uncompressedSize') view.setUint32(at + 24, value, true);
    return out;
  }
  throw new Error(`no central header for ${path}`);
}

const unreadable = (detail: RegExp) => [expect.objectContaining({ code: 'archive.unreadable', detail: expect.stringMatching(detail) })];

describe('verifyArchive reading an archive', () => {
  it('reads a large file a chunk at a time, and every byte about once', async () => {
    const zip = buildArchive([{ path: 'entries/e1/documents/video.bin', bytes: pseudoRandomBytes(6 * READ_CHUNK_BYTES + 123) }], DECIDED_AT);
    const source = recordingSource(bytesSource(zip));
    expect(await verifyArchive(source)).toMatchObject({ valid: true, problems: [] });
    expect(source.largestRead()).toBeLessThanOrEqual(READ_CHUNK_BYTES);
    expect(source.bytesRead()).toBeLessThan(zip.length + 128 * 1024);
  });

  it('verifies a ZIP64 archive of more than 65,535 files, its central directory read in chunks too', async () => {
    const files = Array.from({ length: 70_000 }, (_, i) => ({ path: `receipts/${String(i).padStart(5, '0')}.json`, bytes: strToU8(`{"n":${i}}`) }));
    const zip = buildArchive(files, DECIDED_AT);
    const source = recordingSource(bytesSource(zip));
    const result = await verifyArchive(source);
    expect(result).toMatchObject({ valid: true, problems: [], missing: [], extra: [], mismatched: [] });
    expect(result.manifest?.files).toHaveLength(70_000);
    expect(source.largestRead()).toBeLessThanOrEqual(READ_CHUNK_BYTES);
  }, 30_000);

  it('stops inflating an entry the moment it passes the size its central directory declares', async () => {
    const path = 'sheets/scores.csv';
    const zip = withCentralField(buildArchive([{ path, bytes: pseudoRandomBytes(8 * READ_CHUNK_BYTES, 10) }], DECIDED_AT), path, 'uncompressedSize', 1000);
    const source = recordingSource(bytesSource(zip));
    expect((await verifyArchive(source)).problems).toEqual(unreadable(/"sheets\/scores\.csv" inflates past the 1000 bytes/));
    // Its ~3.5 MiB of compressed data were left after the first chunk.
    expect(source.bytesRead()).toBeLessThan(zip.length / 2);
  });

  it('refuses an entry that holds less than its central directory declares, stored or compressed', async () => {
    const files = [
      { path: 'notes.txt', bytes: strToU8('kort\n'.repeat(1000)) },
      { path: 'video.bin', bytes: pseudoRandomBytes(5000) },
    ];
    for (const { path, bytes } of files) {
      const zip = withCentralField(buildArchive(files, DECIDED_AT), path, 'uncompressedSize', bytes.length + 1);
      expect((await verifyArchive(zip)).problems).toEqual(unreadable(new RegExp(`"${path}" (inflates to|is stored with two different sizes)`)));
    }
  });

  it('refuses encrypted entries and compression methods it does not read', async () => {
    const zip = buildArchive([{ path: 'notes.txt', bytes: strToU8('hej') }], DECIDED_AT);
    expect((await verifyArchive(withCentralField(zip, 'notes.txt', 'flags', 0x0801))).problems).toEqual(unreadable(/"notes\.txt" is encrypted/));
    expect((await verifyArchive(withCentralField(zip, 'notes.txt', 'method', 12))).problems).toEqual(unreadable(/"notes\.txt" uses compression method 12/));
  });

  it('reports a file whose content does not match its CRC-32', async () => {
    const zip = withCentralField(buildArchive([{ path: 'notes.txt', bytes: strToU8('hej') }], DECIDED_AT), 'notes.txt', 'crc', 1234);
    const result = await verifyArchive(zip);
    expect(result).toMatchObject({ valid: false, mismatched: [] });
    expect(result.problems).toEqual(unreadable(/CRC-32: notes\.txt$/));
  });

  it('holds no more than its limit of the files it reads, going by their declared sizes', async () => {
    const zip = withCentralField(buildArchive([{ path: 'notes.txt', bytes: strToU8('hej') }], DECIDED_AT), 'manifest.json', 'uncompressedSize', MAX_KEPT_BYTES + 1);
    expect((await verifyArchive(zip)).problems).toEqual(unreadable(/"manifest\.json" takes the files to be read past the 256 MiB/));
  });
});
