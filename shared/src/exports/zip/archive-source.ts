// Random access to an archive's bytes. The verifier asks only for the parts it needs, a chunk at
// a time, so an archive of many gigabytes can be verified from a file without ever being held.

export interface ArchiveSource {
  /** Size of the archive in bytes. */
  readonly size: number;
  /** `length` bytes from `offset`; fewer only where the archive ends. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** An archive already in memory, as a source. */
export function bytesSource(bytes: Uint8Array): ArchiveSource {
  return { size: bytes.length, read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)) };
}

export function toArchiveSource(archive: ArchiveSource | Uint8Array): ArchiveSource {
  return archive instanceof Uint8Array ? bytesSource(archive) : archive;
}

/**
 * The bytes are not an archive the verifier can read (not a ZIP, truncated, a lying size, an
 * unsupported method). Kept apart from the source's own failures (a disk error), which are not a
 * verdict about the archive and are passed on.
 */
export class UnreadableArchiveError extends Error {
  override readonly name = 'UnreadableArchiveError';
}

/** Exactly `length` bytes from `offset`, or an UnreadableArchiveError where the archive ends first. */
export async function readExactly(source: ArchiveSource, offset: number, length: number): Promise<Uint8Array> {
  if (offset + length > source.size) throw new UnreadableArchiveError('the archive ends early (truncated)');
  const bytes = await source.read(offset, length);
  if (bytes.length !== length) throw new UnreadableArchiveError('the archive ends early (truncated)');
  return bytes;
}
