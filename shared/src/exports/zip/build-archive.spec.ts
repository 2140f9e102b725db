import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../common/sha256.js';
import { buildArchive, streamArchive, streamOrderedArchive, type PreparedZipFile } from './build-archive.js';
import { concatBytes } from './build-deterministic-zip.js';
import { ManifestWriter, serialiseManifest } from './manifest.js';
import { bytesSource } from './archive-source.js';
import { readArchiveDirectory } from './read-archive-directory.js';
import { readArchive } from './read-zip.js';
import { StreamingDeflate } from './streaming-deflate.js';
import { verifyArchive } from './verify-archive.js';

const DECIDED_AT = '2026-11-20T10:00:00Z';
const files = [
  { path: 'sheets/ranking.csv', bytes: strToU8('\uFEFFrank\r\n1\r\n') },
  { path: 'entries/e1/receipt.json', bytes: strToU8('{"hash":"abc"}') },
  { path: 'ocds-release-package.json', bytes: strToU8('{}\n') },
];

const entryNames = async (zip: Uint8Array): Promise<string[]> => (await readArchiveDirectory(bytesSource(zip))).map((entry) => entry.name);

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const list: Uint8Array[] = [];
  for await (const chunk of chunks) list.push(chunk);
  const out = new Uint8Array(list.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of list) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

describe('buildArchive', () => {
  it('writes the files sorted by path and the manifest last', async () => {
    expect(await entryNames(buildArchive(files, DECIDED_AT))).toEqual([
      'entries/e1/receipt.json',
      'ocds-release-package.json',
      'sheets/ranking.csv',
      'manifest.json',
    ]);
  });

  it('records every file in the manifest', () => {
    const unpacked = readArchive(buildArchive(files, DECIDED_AT));
    const manifest = JSON.parse(strFromU8(unpacked.get('manifest.json')!)) as { generatedAt: string; files: Array<{ path: string; sha256: string }> };
    expect(manifest.generatedAt).toBe(DECIDED_AT);
    expect(manifest.files.map((f) => f.path)).toEqual(['entries/e1/receipt.json', 'ocds-release-package.json', 'sheets/ranking.csv']);
    expect(manifest.files[2]!.sha256).toBe(sha256Hex(files[0]!.bytes));
  });

  it('is byte-identical for the same files and decision', () => {
    expect(sha256Hex(buildArchive(files.toReversed(), DECIDED_AT))).toBe(sha256Hex(buildArchive(files, DECIDED_AT)));
  });

  it('refuses a manifest.json among the files', () => {
    expect(() => buildArchive([...files, { path: 'manifest.json', bytes: new Uint8Array() }], DECIDED_AT)).toThrow(/manifest\.json/);
  });
});

describe('streamArchive', () => {
  it('gives the same bytes as buildArchive, loading each file only when it is written', async () => {
    const loaded: string[] = [];
    const lazy = files.map((f) => ({
      path: f.path,
      load: async () => {
        loaded.push(f.path);
        return f.bytes;
      },
    }));
    const streamed = await collect(streamArchive(lazy, DECIDED_AT));
    expect(sha256Hex(streamed)).toBe(sha256Hex(buildArchive(files, DECIDED_AT)));
    expect(loaded).toEqual(['entries/e1/receipt.json', 'ocds-release-package.json', 'sheets/ranking.csv']);
  });
});

describe('streamOrderedArchive', () => {
  const prepared = (path: string, bytes: Uint8Array): PreparedZipFile => ({
    path,
    prepare: async () => {
      const deflate = new StreamingDeflate();
      const chunks = [...deflate.push(bytes), ...deflate.finish()];
      const compressed = concatBytes(chunks);
      return {
        method: 8,
        crc: deflate.crc,
        size: deflate.size,
        compressedSize: compressed.length,
        sha256: sha256Hex(bytes),
        async *data() {
          yield compressed.subarray(0, 10);
          yield compressed.subarray(10);
        },
      };
    },
  });
  const big = strToU8('Bidrag 1;Klimadata ApS;4\r\n'.repeat(5000));

  it('takes files already sorted, large ones compressed beforehand, into an archive that verifies', async () => {
    const zip = await collect(streamOrderedArchive([files[1]!, prepared('results.csv', big), files[0]!].map((f) => ('bytes' in f ? { path: f.path, load: () => f.bytes } : f)), DECIDED_AT));
    expect(await entryNames(zip)).toEqual(['entries/e1/receipt.json', 'results.csv', 'sheets/ranking.csv', 'manifest.json']);
    expect(strFromU8(readArchive(zip).get('results.csv')!)).toBe(strFromU8(big));
    expect(await verifyArchive(zip)).toMatchObject({ valid: true });
  });

  it('writes the manifest as buildArchive writes it', async () => {
    const sorted = files.toSorted((a, b) => (a.path < b.path ? -1 : 1));
    const streamed = readArchive(await collect(streamOrderedArchive(sorted.map((f) => ({ path: f.path, load: () => f.bytes })), DECIDED_AT)));
    expect(streamed.get('manifest.json')).toEqual(readArchive(buildArchive(files, DECIDED_AT)).get('manifest.json'));
  });

  it('refuses files out of order or twice, since the bytes would no longer be fixed', async () => {
    const lazy = (path: string) => ({ path, load: () => new Uint8Array([1]) });
    await expect(collect(streamOrderedArchive([lazy('b.txt'), lazy('a.txt')], DECIDED_AT))).rejects.toThrow(/sorted by path/);
    await expect(collect(streamOrderedArchive([lazy('a.txt'), lazy('a.txt')], DECIDED_AT))).rejects.toThrow(/twice/);
  });

  it('notices a prepared file that changed between being measured and being written', async () => {
    const liar: PreparedZipFile = {
      path: 'x.bin',
      prepare: async () => ({ ...(await prepared('x.bin', big).prepare()), compressedSize: 5 }),
    };
    await expect(collect(streamOrderedArchive([liar], DECIDED_AT))).rejects.toThrow(/changed/);
  });
});

describe('ManifestWriter', () => {
  it('writes the bytes serialiseManifest writes, with or without files', () => {
    for (const list of [[], [{ path: 'a/b.json', sha256: 'a'.repeat(64), size: 12 }, { path: 'c "quoted".txt', sha256: 'b'.repeat(64), size: 0 }]]) {
      const writer = new ManifestWriter(DECIDED_AT);
      for (const file of list) writer.add(file);
      expect(strFromU8(writer.finish())).toBe(strFromU8(serialiseManifest({ version: 1, generatedAt: DECIDED_AT, files: list })));
    }
  });

  it('writes the same bytes when the list is long enough to be kept in pieces, names outside ASCII included', () => {
    const list = Array.from({ length: 2_000 }, (_, i) => ({ path: `entries/${String(i).padStart(5, '0')}/bilag-æøå-€-${i}.pdf`, sha256: (i % 16).toString(16).repeat(64), size: i }));
    const writer = new ManifestWriter(DECIDED_AT);
    for (const file of list) writer.add(file);
    const bytes = writer.finish();
    expect(bytes.length).toBeGreaterThan(3 * 64 * 1024);
    expect(bytes).toEqual(serialiseManifest({ version: 1, generatedAt: DECIDED_AT, files: list }));
  });
});
