import {
  BROKEN_ZIP64_END_RECORD,
  CENTRAL_HEADER_BYTES,
  DIRECTORY_PAST_END,
  END_RECORD_SEARCH_BYTES,
  NO_END_RECORD,
  ZIP64_END_RECORD_BYTES,
  ZIP64_LOCATOR_BYTES,
  centralHeaderLength,
  findEocd,
  readCentralHeader,
  readEndRecord,
  readZip64EndRecord,
  type CentralDirectoryPlace,
  type ZipEntry,
} from '../../screening/documents/read-zip-directory.js';
import { readExactly, UnreadableArchiveError, type ArchiveSource } from './archive-source.js';

export type { ZipEntry } from '../../screening/documents/read-zip-directory.js';

/** Bytes read from the source at a time, here and for each entry's data. */
export const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * The archive's central directory (APPNOTE 6.3.10 §4.3.12–§4.3.16, with ZIP64), read from the
 * source without touching any file's data: the end records from the file's tail, then the
 * directory a chunk at a time. The headers are parsed as screening parses them in memory.
 */
export async function readArchiveDirectory(source: ArchiveSource): Promise<ZipEntry[]> {
  const place = await centralDirectoryPlace(source);
  if (place.offset + place.size > source.size) throw new UnreadableArchiveError(DIRECTORY_PAST_END);
  // Every header takes 46 bytes or more: a count that cannot fit is a lie, not a reason to loop.
  if (place.count * CENTRAL_HEADER_BYTES > place.size) throw new UnreadableArchiveError('the central directory is shorter than the entries it declares');
  const directory = new DirectoryWindow(source, place);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < place.count; i++) {
    await directory.load(CENTRAL_HEADER_BYTES);
    await directory.load(centralHeaderLength(directory.bytes, directory.at));
    const header = readCentralHeader(directory.bytes, directory.at, i);
    if (!header.ok) throw new UnreadableArchiveError(header.problem);
    entries.push(header.entry);
    directory.at = header.next;
  }
  return entries;
}

async function centralDirectoryPlace(source: ArchiveSource): Promise<CentralDirectoryPlace> {
  // The tail holds the end record with its comment, and normally the ZIP64 locator and record.
  const tailStart = Math.max(0, source.size - END_RECORD_SEARCH_BYTES - ZIP64_LOCATOR_BYTES - ZIP64_END_RECORD_BYTES);
  const tail = await readExactly(source, tailStart, source.size - tailStart);
  const eocd = findEocd(tail);
  if (eocd < 0) throw new UnreadableArchiveError(NO_END_RECORD);
  const end = readEndRecord(tail, eocd);
  if (!end.ok) throw new UnreadableArchiveError(end.problem);
  if (end.zip64RecordAt === null) return end.place;
  const at = end.zip64RecordAt;
  if (at + ZIP64_END_RECORD_BYTES > source.size) throw new UnreadableArchiveError(BROKEN_ZIP64_END_RECORD);
  const record = at >= tailStart ? readZip64EndRecord(tail, at - tailStart) : readZip64EndRecord(await readExactly(source, at, ZIP64_END_RECORD_BYTES), 0);
  if (!record) throw new UnreadableArchiveError(BROKEN_ZIP64_END_RECORD);
  return record;
}

/** The part of the central directory being parsed: the rest of one chunk plus the next one. */
class DirectoryWindow {
  bytes = new Uint8Array(0);
  /** Where the next header starts in `bytes`. */
  at = 0;
  /** The file offset just after `bytes`. */
  private next: number;
  private readonly end: number;

  constructor(
    private readonly source: ArchiveSource,
    place: CentralDirectoryPlace,
  ) {
    this.next = place.offset;
    this.end = place.offset + place.size;
  }

  /** Makes `length` bytes from `at` available, or as many as the directory has left. */
  async load(length: number): Promise<void> {
    const held = this.bytes.length - this.at;
    if (held >= length || this.next >= this.end) return;
    const fresh = await readExactly(this.source, this.next, Math.min(Math.max(READ_CHUNK_BYTES, length - held), this.end - this.next));
    const joined = new Uint8Array(held + fresh.length);
    joined.set(this.bytes.subarray(this.at));
    joined.set(fresh, held);
    this.bytes = joined;
    this.at = 0;
    this.next += fresh.length;
  }
}
