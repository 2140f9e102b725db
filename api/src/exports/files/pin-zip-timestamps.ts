import { open } from 'node:fs/promises';
import { dosDateTime } from '@fairpitch/shared/exports';

// exceljs zips a workbook with archiver, which stamps every entry with the time of writing (two
// of them inside the WorkbookWriter's constructor, before any option could change it). The
// workbook's content is fixed by then, so we rewrite the date and time fields of the finished
// file in place: every local header and every central directory header gets the decision time.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

/** Sets every entry's DOS date and time to `fixedDate` (UTC), in place. Refuses ZIP64 and extra fields carrying times. */
export async function pinZipTimestamps(path: string, fixedDate: string): Promise<void> {
  const when = dosDateTime(fixedDate);
  const file = await open(path, 'r+');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, 22 + MAX_COMMENT);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error('not a ZIP file: no end of central directory');
    const count = tail.readUInt16LE(eocd + 10);
    const centralSize = tail.readUInt32LE(eocd + 12);
    const centralOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || centralOffset === 0xffffffff) throw new Error('ZIP64 workbooks are not supported');
    const central = Buffer.alloc(centralSize);
    await file.read(central, 0, centralSize, centralOffset);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(when.time, 0);
    stamp.writeUInt16LE(when.date, 2);
    const header = Buffer.alloc(30);
    let at = 0;
    for (let n = 0; n < count; n++) {
      if (central.readUInt32LE(at) !== CENTRAL) throw new Error('malformed central directory');
      const nameLength = central.readUInt16LE(at + 28);
      const extraLength = central.readUInt16LE(at + 30);
      const commentLength = central.readUInt16LE(at + 32);
      const localOffset = central.readUInt32LE(at + 42);
      if (extraLength !== 0) throw new Error('ZIP entries with extra fields (which may carry times) are not supported');
      stamp.copy(central, at + 12);
      await file.read(header, 0, 30, localOffset);
      if (header.readUInt32LE(0) !== LOCAL) throw new Error('malformed local header');
      if (header.readUInt16LE(28) !== 0) throw new Error('ZIP entries with extra fields (which may carry times) are not supported');
      await file.write(stamp, 0, 4, localOffset + 10);
      at += 46 + nameLength + extraLength + commentLength;
    }
    await file.write(central, 0, centralSize, centralOffset);
  } finally {
    await file.close();
  }
}
