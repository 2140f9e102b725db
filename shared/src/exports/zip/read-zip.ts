import { unzipSync } from 'fflate';

export type ArchiveFiles = ReadonlyMap<string, Uint8Array>;

/**
 * The archive's files by path (folders left out), all unpacked in memory: for tests and other
 * small archives. Verification reads archives of any size with `scanArchive` instead.
 * Throws on bytes that are not a ZIP.
 */
export function readArchive(zip: Uint8Array): ArchiveFiles {
  const unpacked = unzipSync(zip);
  return new Map(Object.entries(unpacked).filter(([path]) => !path.endsWith('/')));
}
