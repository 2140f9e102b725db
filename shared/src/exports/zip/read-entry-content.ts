import { Inflate } from 'fflate';
import { LOCAL_HEADER_BYTES, localHeaderLength, type ZipEntry } from '../../screening/documents/read-zip-directory.js';
import { readExactly, UnreadableArchiveError, type ArchiveSource } from './archive-source.js';
import { READ_CHUNK_BYTES } from './read-archive-directory.js';

/**
 * Compressed bytes handed to the inflater at a time. fflate inflates all it is given in one go
 * and DEFLATE expands at most ~1,032×, so one step yields at most ~64 MiB even from a crafted
 * entry before its declared size is checked again.
 */
const INFLATE_STEP_BYTES = 64 * 1024;

/**
 * An entry's content, a chunk at a time: read from the source where its local header says the
 * data starts, stored (method 0) or inflated (method 8), and never past the size the central
 * directory declares, so an entry that would inflate to more (a ZIP bomb) is stopped early.
 */
export async function* entryContent(source: ArchiveSource, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  if (entry.encrypted) throw new UnreadableArchiveError(`"${entry.name}" is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) throw new UnreadableArchiveError(`"${entry.name}" uses compression method ${entry.method}, which is not read`);
  const chunks = compressedChunks(source, entry, await dataStart(source, entry));
  if (entry.method === 8) {
    yield* inflated(chunks, entry);
    return;
  }
  if (entry.compressedSize !== entry.uncompressedSize) throw new UnreadableArchiveError(`"${entry.name}" is stored with two different sizes`);
  yield* chunks;
}

async function dataStart(source: ArchiveSource, entry: ZipEntry): Promise<number> {
  const inside = entry.localHeaderOffset + LOCAL_HEADER_BYTES <= source.size;
  const length = inside ? localHeaderLength(await source.read(entry.localHeaderOffset, LOCAL_HEADER_BYTES), 0) : null;
  if (length === null) throw new UnreadableArchiveError(`"${entry.name}" has no local header where the central directory says`);
  return entry.localHeaderOffset + length;
}

async function* compressedChunks(source: ArchiveSource, entry: ZipEntry, start: number): AsyncGenerator<Uint8Array> {
  if (start + entry.compressedSize > source.size) throw new UnreadableArchiveError(`"${entry.name}" runs past the end of the archive (truncated)`);
  for (let at = 0; at < entry.compressedSize; at += READ_CHUNK_BYTES) {
    yield await readExactly(source, start + at, Math.min(READ_CHUNK_BYTES, entry.compressedSize - at));
  }
}

async function* inflated(chunks: AsyncIterable<Uint8Array>, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const declared = entry.uncompressedSize;
  const out: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    out.push(chunk);
    total += chunk.length;
  });
  const step = (compressed: Uint8Array, final: boolean): Uint8Array[] => {
    try {
      inflater.push(compressed, final);
    } catch {
      throw new UnreadableArchiveError(`"${entry.name}" has a corrupt compressed stream`);
    }
    if (total > declared) throw new UnreadableArchiveError(`"${entry.name}" inflates past the ${declared} bytes the central directory declares`);
    return out.splice(0);
  };
  for await (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += INFLATE_STEP_BYTES) yield* step(chunk.subarray(at, at + INFLATE_STEP_BYTES), false);
  }
  yield* step(new Uint8Array(0), true);
  if (total !== declared) throw new UnreadableArchiveError(`"${entry.name}" inflates to ${total} bytes, not the ${declared} the central directory declares`);
}
