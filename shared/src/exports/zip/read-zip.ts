import { strFromU8, unzipSync } from 'fflate';

export type ArchiveFiles = ReadonlyMap<string, Uint8Array>;

const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;

/**
 * Entry names in central-directory order, read from the bytes. Used to catch an entry added
 * twice under the same name, which most unzip tools would silently resolve to one of the two.
 */
export function zipEntryNames(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end record is 22 bytes plus a comment of up to 65,535 bytes; search backwards for it.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new RangeError('No ZIP end of central directory record');
  let count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  // ZIP64: a locator just before the end record points at the record with the 64-bit values.
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(end - 12, true));
    if (record + 56 > zip.length || view.getUint32(record, true) !== ZIP64_END_OF_CENTRAL_DIRECTORY) throw new RangeError('Broken ZIP64 end record');
    count = Number(view.getBigUint64(record + 32, true));
    at = Number(view.getBigUint64(record + 48, true));
  }
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL_HEADER) throw new RangeError('Broken ZIP central directory');
    const nameLength = view.getUint16(at + 28, true);
    names.push(strFromU8(zip.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return names;
}

/** The archive's files by path (folders left out). Throws on bytes that are not a ZIP. */
export function readArchive(zip: Uint8Array): ArchiveFiles {
  const unpacked = unzipSync(zip);
  return new Map(Object.entries(unpacked).filter(([path]) => !path.endsWith('/')));
}
