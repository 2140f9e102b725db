import { sha256Stream, type Sha256Stream } from '../../common/sha256.js';
import { toArchiveSource, UnreadableArchiveError, type ArchiveSource } from './archive-source.js';
import { concatBytes } from './build-deterministic-zip.js';
import { crc32Update } from './crc32.js';
import { readArchiveDirectory, type ZipEntry } from './read-archive-directory.js';
import { entryContent } from './read-entry-content.js';

/** A file of the archive as verification saw it. */
export interface ArchivedFile {
  path: string;
  /** Size of the content, inflated. */
  size: number;
  sha256: string;
  /** The content, only for the files the verifiers read (see `isReadByVerifiers`). */
  bytes?: Uint8Array;
}

/** The content of the files the verifiers read, by path. */
export type KeptFiles = ReadonlyMap<string, Uint8Array>;

export interface ScannedArchive {
  /** Every entry name in central-directory order, folders included, to catch one given twice. */
  names: string[];
  /** The files by path (of a name given twice, the later entry), folders left out. */
  files: Map<string, ArchivedFile>;
  /** Files whose content does not match the CRC-32 the central directory records. */
  crcMismatches: string[];
}

export interface ScanOptions {
  /** Whether a file's content is kept (the rest are only hashed). */
  keep(path: string): boolean;
  /** SHA-256 to use; the default is pure JS, and a platform's native one is many times faster. */
  createSha256?: (() => Sha256Stream) | undefined;
  /** CRC-32 to use, continuing `crc` over `bytes`; the default is pure JS, a platform's native one is faster. */
  crc32Update?: ((crc: number, bytes: Uint8Array) => number) | undefined;
}

/**
 * Most bytes the kept files may take together. This and one chunk per step are all the memory a
 * scan needs besides the list of files, whatever the archive's size: about 1.5 million files'
 * manifest, or the audit extract and the records of tens of thousands of entries.
 */
export const MAX_KEPT_BYTES = 256 * 1024 * 1024;

/**
 * Reads every file of the archive once, front to back a chunk at a time: its size, SHA-256 and
 * CRC-32 are computed on the way, and only the content of the files `keep` picks is held.
 */
export async function scanArchive(archive: ArchiveSource | Uint8Array, options: ScanOptions): Promise<ScannedArchive> {
  const source = toArchiveSource(archive);
  const entries = await readArchiveDirectory(source);
  const files = new Map<string, ArchivedFile>();
  const crcMismatches: string[] = [];
  let keptBytes = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const keep = options.keep(entry.name);
    // Counted at the declared size, which the content is never allowed to pass.
    if (keep) keptBytes += entry.uncompressedSize;
    if (keptBytes > MAX_KEPT_BYTES) {
      throw new UnreadableArchiveError(`"${entry.name}" takes the files to be read past the ${MAX_KEPT_BYTES / 1024 ** 2} MiB verification holds`);
    }
    const { file, crc } = await digestEntry(source, entry, keep, options.createSha256 ?? sha256Stream, options.crc32Update ?? crc32Update);
    files.set(entry.name, file);
    if (crc !== entry.crc) crcMismatches.push(entry.name);
  }
  return { names: entries.map((e) => e.name), files, crcMismatches };
}

async function digestEntry(
  source: ArchiveSource,
  entry: ZipEntry,
  keep: boolean,
  createSha256: () => Sha256Stream,
  updateCrc: (crc: number, bytes: Uint8Array) => number,
): Promise<{ file: ArchivedFile; crc: number }> {
  const hash = createSha256();
  const kept: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  for await (const chunk of entryContent(source, entry)) {
    hash.update(chunk);
    crc = updateCrc(crc, chunk);
    size += chunk.length;
    if (keep) kept.push(chunk);
  }
  const file: ArchivedFile = { path: entry.name, size, sha256: hash.hex() };
  return { file: keep ? { ...file, bytes: concatBytes(kept) } : file, crc };
}
