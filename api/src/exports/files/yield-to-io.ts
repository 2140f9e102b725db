import { type WriteStream, createWriteStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { setImmediate, setTimeout } from 'node:timers/promises';

/** Bytes that may wait for the disk before the producer waits for them. */
const HIGH_WATER = 4 * 1024 * 1024;

/**
 * Bytes a file stream takes before it asks its source to pause. The default (16 KiB) lets a
 * piped source (pdfkit) hand over only a few of its small chunks per disk write, one write per
 * turn of the event loop: a long report then drained at a few megabytes a second while it was
 * made ten times faster, and what waited grew with the report.
 */
const FILE_WRITE_BUFFER = 1024 * 1024;

/** A file to write an export's file into, taking a large batch of chunks per disk write. */
export function exportFileStream(path: string): WriteStream {
  return createWriteStream(path, { highWaterMark: FILE_WRITE_BUFFER });
}

/**
 * Lets the event loop run (compression, disk writes, the queue's lock renewal) between chunks of
 * a long synchronous job, and waits while much of what was made still waits for the disk: in
 * `output`, or in `source`, a stream piped into it. Libraries that push without back-pressure
 * (pdfkit, exceljs) otherwise hold a whole file in memory.
 */
export async function yieldToIo(output: Writable, source?: Readable): Promise<void> {
  await setImmediate();
  for (let waited = 0; (source?.readableLength ?? 0) + output.writableLength > HIGH_WATER && waited < 10_000; waited += 1) {
    await setTimeout(2);
  }
}
