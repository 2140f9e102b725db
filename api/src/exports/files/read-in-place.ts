import { open } from 'node:fs/promises';

/** Bytes read at a time: large enough for few reads, and allocated outside the malloc heap. */
const CHUNK = 1024 * 1024;

/**
 * A file's bytes a chunk at a time, read into one buffer that is reused: each chunk is valid
 * only until the next one is asked for, so the consumer must digest or copy it first (a hash, the
 * compressor). A read stream allocates a fresh buffer per chunk instead, 64 KiB even for a file
 * of a few bytes; an export reads thousands of files, and the freed buffers wait for the next
 * collection while the allocator keeps the memory they took.
 */
export async function* readInPlace(path: string): AsyncGenerator<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafeSlow(CHUNK);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}
