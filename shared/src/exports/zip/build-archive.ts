import { concatBytes, createZipWriter, sortedByPath, type ZipFile } from './build-deterministic-zip.js';
import { MANIFEST_PATH, manifestEntry, serialiseManifest, type ArchiveManifest, type ManifestFile } from './manifest.js';
import { toUtcTimestamp } from '../utc-timestamp.js';

/** A file whose bytes are read only when it is written, e.g. a submitted document in storage. */
export interface LazyZipFile {
  path: string;
  load(): Uint8Array | Promise<Uint8Array>;
}

function refuseManifest(paths: Iterable<string>): void {
  for (const path of paths) {
    if (path === MANIFEST_PATH) throw new RangeError(`${MANIFEST_PATH} is written by the archive builder itself`);
  }
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
export async function* streamArchive(files: readonly LazyZipFile[], fixedDate: string): AsyncGenerator<Uint8Array> {
  refuseManifest(files.map((f) => f.path));
  const zip = createZipWriter(fixedDate);
  const listed: ManifestFile[] = [];
  for (const file of sortedByPath(files)) {
    const bytes = await file.load();
    listed.push(manifestEntry({ path: file.path, bytes }));
    yield* zip.add({ path: file.path, bytes });
  }
  yield* zip.add(manifestFile(listed, fixedDate));
  yield* zip.finish();
}

/** The same archive, built in memory from files already loaded. */
export function buildArchive(files: readonly ZipFile[], fixedDate: string): Uint8Array {
  refuseManifest(files.map((f) => f.path));
  const zip = createZipWriter(fixedDate);
  const chunks: Uint8Array[] = [];
  const sorted = sortedByPath(files);
  for (const file of sorted) chunks.push(...zip.add(file));
  chunks.push(...zip.add(manifestFile(sorted.map(manifestEntry), fixedDate)));
  chunks.push(...zip.finish());
  return concatBytes(chunks);
}
