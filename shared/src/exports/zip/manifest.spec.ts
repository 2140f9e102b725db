import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../common/sha256.js';
import { buildManifest, parseManifest, serialiseManifest } from './manifest.js';

const files = [
  { path: 'sheets/ranking.csv', bytes: strToU8('rank\r\n1\r\n') },
  { path: 'evaluation-report.pdf', bytes: new Uint8Array([37, 80, 68, 70]) },
];

describe('buildManifest', () => {
  it('lists every file with its SHA-256 and size, sorted by path, dated at the decision', () => {
    expect(buildManifest(files, '2026-11-20T11:00:00+01:00')).toEqual({
      version: 1,
      generatedAt: '2026-11-20T10:00:00Z',
      files: [
        { path: 'evaluation-report.pdf', sha256: sha256Hex(new Uint8Array([37, 80, 68, 70])), size: 4 },
        { path: 'sheets/ranking.csv', sha256: sha256Hex(strToU8('rank\r\n1\r\n')), size: 9 },
      ],
    });
  });
});

describe('serialiseManifest', () => {
  it('writes keys in a fixed order with a final newline, and reads back to the same manifest', () => {
    const manifest = buildManifest(files, '2026-11-20T10:00:00Z');
    const text = strFromU8(serialiseManifest(manifest));
    expect(text.startsWith('{\n  "version": 1,\n  "generatedAt": "2026-11-20T10:00:00Z",\n  "files": [\n    {\n      "path": "evaluation-report.pdf",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseManifest(serialiseManifest(manifest))).toEqual({ ok: true, manifest });
  });
});

describe('parseManifest', () => {
  it('rejects text that is not JSON', () => {
    expect(parseManifest(strToU8('{nope'))).toEqual({ ok: false, reason: 'manifest.json is not JSON' });
  });

  it('rejects a manifest with a malformed hash or size', () => {
    const bad = { version: 1, generatedAt: 'x', files: [{ path: 'a', sha256: 'ABC', size: -1 }] };
    const result = parseManifest(strToU8(JSON.stringify(bad)));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain('files.0.sha256');
  });
});
