import { open, type FileHandle } from 'node:fs/promises';
import type { ArchiveSource } from '@fairpitch/shared/exports';

/**
 * Opens an archive file as a source the verifier reads a chunk at a time through the file
 * handle, so its size is limited by nothing but the disk (a whole read would stop at 2 GiB, and
 * hold it all). The file is closed when `use` is done.
 */
export async function withArchiveFile<T>(path: string, use: (source: ArchiveSource) => Promise<T>): Promise<T> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    return await use({ size, read: (offset, length) => readAt(handle, offset, length) });
  } finally {
    await handle.close();
  }
}

async function readAt(handle: FileHandle, offset: number, length: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(length);
  let filled = 0;
  // A read may return fewer bytes than asked for; only 0 means the end of the file.
  while (filled < length) {
    const { bytesRead } = await handle.read(bytes, filled, length - filled, offset + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return bytes.subarray(0, filled);
}
