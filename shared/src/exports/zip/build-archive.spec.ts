import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../common/sha256.js';
import { buildArchive, streamArchive } from './build-archive.js';
import { zipEntryNames, readArchive } from './read-zip.js';

const DECIDED_AT = '2026-11-20T10:00:00Z';
const files = [
  { path: 'sheets/ranking.csv', bytes: strToU8('\uFEFFrank\r\n1\r\n') },
  { path: 'entries/e1/receipt.json', bytes: strToU8('{"hash":"abc"}') },
  { path: 'ocds-release-package.json', bytes: strToU8('{}\n') },
];

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
  it('writes the files sorted by path and the manifest last', () => {
    expect(zipEntryNames(buildArchive(files, DECIDED_AT))).toEqual([
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
