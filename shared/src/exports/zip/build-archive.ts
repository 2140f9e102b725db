import { concatBytes, createZipWriter, sortedByPath, type PreparedZipData, type ZipFile } from './build-deterministic-zip.js';
import { MANIFEST_PATH, ManifestWriter, manifestEntry, serialiseManifest, type ArchiveManifest, type ManifestFile } from './manifest.js';
import { toUtcTimestamp } from '../utc-timestamp.js';

/** A file whose bytes are read only when it is written, e.g. a receipt built from the database. */
export interface LazyZipFile {
  path: string;
  load(): Uint8Array | Promise<Uint8Array>;
}

/** A file too large to hold, prepared (hashed, compressed) only when it is written. */
export interface PreparedZipFile {
  path: string;
  prepare(): Promise<PreparedZipData>;
  /** Called once the file's data has been written, e.g. to remove scratch files. */
  release?(): Promise<void>;
}

export type ArchiveFile = LazyZipFile | PreparedZipFile;

function refuseManifest(path: string): void {
  if (path === MANIFEST_PATH) throw new RangeError(`${MANIFEST_PATH} is written by the archive builder itself`);
}

function manifestFile(files: ManifestFile[], fixedDate: string): ZipFile {
  const manifest: ArchiveManifest = { version: 1, generatedAt: toUtcTimestamp(fixedDate), files };
  return { path: MANIFEST_PATH, bytes: serialiseManifest(manifest) };
}

/**
 * The procurement archive as a stream of chunks: the files sorted by path, then manifest.json
 * with every file's SHA-256 and size (last, because it can only be written once every file has
 * been hashed). Files are loaded one at a time, so memory stays at about one file.
 */
export function streamArchive(files: readonly ArchiveFile[], fixedDate: string): AsyncGenerator<Uint8Array> {
  for (const file of files) refuseManifest(file.path);
  return streamOrderedArchive(sortedByPath(files), fixedDate);
}

/**
 * The same archive from files that arrive already sorted by path (code point order), e.g. read
 * from the database a batch at a time: nothing but the file being written and the list of
 * hashes is held. A file out of order is refused, since the bytes would no longer be fixed.
 */
export async function* streamOrderedArchive(files: AsyncIterable<ArchiveFile> | Iterable<ArchiveFile>, fixedDate: string): AsyncGenerator<Uint8Array> {
  const zip = createZipWriter(fixedDate);
  const listed = new ManifestWriter(fixedDate);
  for await (const file of files) {
    refuseManifest(file.path);
    if ('load' in file) {
      const bytes = await file.load();
      yield* zip.add({ path: file.path, bytes });
      listed.add(manifestEntry({ path: file.path, bytes }));
      continue;
    }
    const prepared = await file.prepare();
    yield zip.addPrepared(file.path, prepared);
    listed.add({ path: file.path, sha256: prepared.sha256, size: prepared.size });
    let written = 0;
    for await (const chunk of prepared.data()) {
      written += chunk.length;
      yield chunk;
    }
    if (written !== prepared.compressedSize) throw new Error(`${file.path} changed while it was written to the archive`);
    await file.release?.();
  }
  yield* zip.add({ path: MANIFEST_PATH, bytes: listed.finish() }, true);
  yield* zip.finish();
}

/** The same archive, built in memory from files already loaded. */
export function buildArchive(files: readonly ZipFile[], fixedDate: string): Uint8Array {
  for (const file of files) refuseManifest(file.path);
  const zip = createZipWriter(fixedDate);
  const chunks: Uint8Array[] = [];
  const sorted = sortedByPath(files);
  for (const file of sorted) chunks.push(...zip.add(file));
  chunks.push(...zip.add(manifestFile(sorted.map(manifestEntry), fixedDate), true));
  chunks.push(...zip.finish());
  return concatBytes(chunks);
}
