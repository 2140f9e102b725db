import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { StreamingDeflate, type PreparedZipData, type PreparedZipFile } from '@fairpitch/shared/exports';
import { readInPlace } from './read-in-place.js';
import { exportFileStream } from './yield-to-io.js';

const READ_SIZE = 64 * 1024;

async function write(out: Writable, chunks: Uint8Array[]): Promise<void> {
  for (const chunk of chunks) out.write(chunk);
  if (out.writableNeedDrain) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}

/**
 * Makes a file ready for the archive without holding it: one read through `source` hashes it
 * (SHA-256, CRC-32), compresses it into a scratch file and, unless it is a file on disk
 * (`original`), copies it there too (sources such as the document store are read only once).
 * The archive then takes the compressed copy, or the file itself when compressing did not make
 * it smaller (see StreamingDeflate for files that prove incompressible early).
 */
async function prepare(source: () => Promise<AsyncIterable<Uint8Array>> | AsyncIterable<Uint8Array>, scratchDir: string, original: string | null): Promise<{ data: PreparedZipData; scratch: string[] }> {
  const deflated = join(scratchDir, `${randomUUID()}.deflate`);
  const copy = original ?? join(scratchDir, `${randomUUID()}.raw`);
  const scratch = original ? [deflated] : [deflated, copy];
  const deflate = new StreamingDeflate();
  const sha256 = createHash('sha256');
  const out = exportFileStream(deflated);
  const raw = original ? null : exportFileStream(copy);
  let compressedSize = 0;
  try {
    // A file on disk is read into one reused buffer (see readInPlace): the hash and the
    // compressor copy what they take, and nothing else keeps it.
    for await (const bytes of await source()) {
      sha256.update(bytes);
      if (raw) await write(raw, [bytes]);
      const pieces = deflate.push(bytes);
      for (const piece of pieces) compressedSize += piece.length;
      await write(out, pieces);
    }
    const last = deflate.finish();
    for (const piece of last) compressedSize += piece.length;
    await write(out, last);
  } finally {
    out.end();
    raw?.end();
    await Promise.all([finished(out), raw ? finished(raw) : undefined]);
  }
  // Stored when compressing did not make it smaller, or it proved incompressible early on.
  const stored = deflate.incompressible || compressedSize >= deflate.size;
  const data: PreparedZipData = {
    method: stored ? 0 : 8,
    crc: deflate.crc,
    size: deflate.size,
    compressedSize: stored ? deflate.size : compressedSize,
    sha256: sha256.digest('hex'),
    data: () => createReadStream(stored ? copy : deflated, { highWaterMark: READ_SIZE }),
  };
  return { data, scratch };
}

function preparedFile(path: string, run: () => Promise<{ data: PreparedZipData; scratch: string[] }>): PreparedZipFile {
  let scratch: string[] = [];
  return {
    path,
    prepare: async () => {
      const prepared = await run();
      scratch = prepared.scratch;
      return prepared.data;
    },
    release: async () => {
      await Promise.all(scratch.map((file) => rm(file, { force: true })));
    },
  };
}

/** An archive entry read from a file on disk when the archive writes it. */
export function zipEntryFromFile(path: string, file: string, scratchDir: string): PreparedZipFile {
  return preparedFile(path, () => prepare(() => readInPlace(file), scratchDir, file));
}

/** An archive entry read from a stream (opened when the archive writes it), read only once. */
export function zipEntryFromStream(path: string, open: () => Promise<Readable>, scratchDir: string): PreparedZipFile {
  return preparedFile(path, () => prepare(open, scratchDir, null));
}
