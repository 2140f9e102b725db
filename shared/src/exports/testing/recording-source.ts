import type { ArchiveSource } from '../zip/archive-source.js';

/** A source that tallies its reads, so a test can show how an archive was read. */
export interface RecordingSource extends ArchiveSource {
  /** The most bytes asked for at once. */
  largestRead(): number;
  /** All bytes asked for, added up. */
  bytesRead(): number;
}

export function recordingSource(source: ArchiveSource): RecordingSource {
  let largest = 0;
  let total = 0;
  return {
    size: source.size,
    read(offset, length) {
      largest = Math.max(largest, length);
      total += length;
      return source.read(offset, length);
    },
    largestRead: () => largest,
    bytesRead: () => total,
  };
}
