import type { Readable, Writable } from 'node:stream';
import { setImmediate, setTimeout } from 'node:timers/promises';

/** Bytes that may wait for the disk before the producer waits for them. */
const HIGH_WATER = 4 * 1024 * 1024;

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
