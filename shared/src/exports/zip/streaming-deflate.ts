import { Deflate } from 'fflate';
import { crc32Update } from './crc32.js';

/** Bytes fed to the compressor at a time: fixed, so the output depends on the data alone. */
const BLOCK = 64 * 1024;

/** After this many bytes, data that did not shrink by a thirty-second is taken as incompressible. */
export const INCOMPRESSIBLE_SAMPLE = 1024 * 1024;

/**
 * DEFLATE (level 6, as the archive uses) for data that arrives in pieces of any size. Pieces are
 * regrouped into fixed blocks before compression, so the same bytes always give the same
 * compressed bytes, however they were read. Keeps the CRC-32 and size for the ZIP header.
 *
 * Files that are compressed already (PDFs, workbooks, images) would cost a full compression for
 * nothing: once INCOMPRESSIBLE_SAMPLE bytes went in and came out less than 1/32 smaller, the
 * compressor stops (`incompressible` turns true) and the file is to be stored. The rule looks at
 * the bytes only, so it decides the same way every time.
 */
export class StreamingDeflate {
  private deflate: Deflate | null;
  private readonly out: Uint8Array[] = [];
  private readonly block = new Uint8Array(BLOCK);
  private filled = 0;
  private finished = false;
  private compressed = 0;
  /** CRC-32 of the bytes pushed so far. */
  crc = 0;
  /** Number of bytes pushed so far. */
  size = 0;
  /** True once the data proved incompressible: nothing more is compressed. */
  incompressible = false;

  constructor() {
    this.deflate = new Deflate({ level: 6, mem: 8 }, (chunk) => {
      this.compressed += chunk.length;
      this.out.push(chunk);
    });
  }

  /** Takes the next piece; returns the compressed bytes ready so far. */
  push(bytes: Uint8Array): Uint8Array[] {
    if (this.finished) throw new Error('StreamingDeflate: push after finish');
    this.crc = crc32Update(this.crc, bytes);
    const before = this.size;
    this.size += bytes.length;
    if (!this.deflate) return [];
    let at = 0;
    while (at < bytes.length) {
      const take = Math.min(BLOCK - this.filled, bytes.length - at);
      this.block.set(bytes.subarray(at, at + take), this.filled);
      this.filled += take;
      at += take;
      if (this.filled === BLOCK) {
        // fflate copies what it is given, so the block can be reused.
        this.deflate.push(this.block, false);
        this.filled = 0;
      }
    }
    if (before < INCOMPRESSIBLE_SAMPLE && this.size >= INCOMPRESSIBLE_SAMPLE) {
      const fed = this.size - this.filled;
      if (this.compressed >= fed - fed / 32) {
        this.incompressible = true;
        this.deflate = null;
        this.out.length = 0;
        return [];
      }
    }
    return this.take();
  }

  /** Ends the data; returns the last compressed bytes (none when incompressible). */
  finish(): Uint8Array[] {
    if (this.finished) throw new Error('StreamingDeflate: finished twice');
    this.finished = true;
    if (!this.deflate) return [];
    this.deflate.push(this.block.subarray(0, this.filled), true);
    return this.take();
  }

  private take(): Uint8Array[] {
    return this.out.splice(0, this.out.length);
  }
}
