import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_LAYOUT, READ_CHUNK_BYTES, streamOrderedArchive, type ArchiveFile } from '@fairpitch/shared/exports';
import { recordingSource } from '@fairpitch/shared/exports/testing';
import { GENESIS_HASH } from '../../audit/audit-chain.js';
import { serialiseChainVerification } from '../audit-extract.js';
import { zipEntryFromFile } from '../files/zip-entries.js';
import { withArchiveFile } from './archive-file.js';
import { verifyExportArchive } from './verify-export-archive.js';

// An archive of a few hundred MB on disk, built as exports build theirs, verified through a file
// handle: every read is counted, which shows deterministically that it is read a chunk at a time.

const DECIDED_AT = '2026-11-20T10:00:00Z';
const DOCUMENTS = ['a.bin', 'b.bin', 'c.bin'];
const DOCUMENT_BYTES = 96 * 1024 * 1024;

async function writeRandomFile(path: string, size: number): Promise<void> {
  async function* chunks() {
    for (let written = 0; written < size; written += 1024 * 1024) yield randomBytes(Math.min(1024 * 1024, size - written));
  }
  await pipeline(Readable.from(chunks()), createWriteStream(path));
}

/** Verifies the file, counting the reads. */
async function verifyCounting(path: string) {
  return withArchiveFile(path, async (file) => {
    const source = recordingSource(file);
    return { result: await verifyExportArchive(source), largestRead: source.largestRead(), bytesRead: source.bytesRead() };
  });
}

describe('verifying an archive file', () => {
  let dir = '';
  let archive = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fairpitch-verify-'));
    // Random bytes do not compress, so the archive stores them and is as large as they are.
    for (const name of DOCUMENTS) await writeRandomFile(join(dir, name), DOCUMENT_BYTES);
    const chain = serialiseChainVerification({ verified: true, method: 'chain-recomputed-from-genesis', rows: 0, throughSeq: null, headHash: GENESIS_HASH, brokenAt: null });
    const files: ArchiveFile[] = [
      { path: ARCHIVE_LAYOUT.auditLog, load: () => new Uint8Array() },
      { path: ARCHIVE_LAYOUT.auditChainVerification, load: () => new TextEncoder().encode(chain) },
      ...DOCUMENTS.map((name) => zipEntryFromFile(`entries/e1/documents/${name}`, join(dir, name), dir)),
    ];
    archive = join(dir, 'archive.zip');
    await pipeline(Readable.from(streamOrderedArchive(files, DECIDED_AT)), createWriteStream(archive));
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads it a chunk at a time, every byte about once, and verifies it', async () => {
    const { size } = await stat(archive);
    expect(size).toBeGreaterThan(DOCUMENTS.length * DOCUMENT_BYTES);
    const { result, largestRead, bytesRead } = await verifyCounting(archive);
    expect(result).toMatchObject({ valid: true, problems: [], missing: [], extra: [], mismatched: [], auditChain: { valid: true } });
    expect(result.manifest?.files).toHaveLength(2 + DOCUMENTS.length);
    expect(largestRead).toBeLessThanOrEqual(READ_CHUNK_BYTES);
    expect(bytesRead).toBeLessThan(size + 128 * 1024);
  });

  it('finds a byte changed in the middle of a document', async () => {
    const copy = join(dir, 'tampered.zip');
    await copyFile(archive, copy);
    const handle = await open(copy, 'r+');
    try {
      // The second document lies about in the middle of the archive.
      const at = Math.floor((await handle.stat()).size / 2);
      const byte = new Uint8Array(1);
      await handle.read(byte, 0, 1, at);
      await handle.write(Uint8Array.of(byte[0]! ^ 0xff), 0, 1, at);
    } finally {
      await handle.close();
    }
    const { result } = await verifyCounting(copy);
    expect(result.valid).toBe(false);
    expect(result.mismatched.map((m) => m.path)).toEqual(['entries/e1/documents/b.bin']);
  });
});
