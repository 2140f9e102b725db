import { inflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../common/sha256.js';
import { pseudoRandomBytes } from '../testing/pseudo-random-bytes.js';
import { concatBytes } from './build-deterministic-zip.js';
import { crc32, crc32Update } from './crc32.js';
import { INCOMPRESSIBLE_SAMPLE, StreamingDeflate } from './streaming-deflate.js';

function deflateInPieces(bytes: Uint8Array, pieceSize: number): { out: Uint8Array; deflate: StreamingDeflate } {
  const deflate = new StreamingDeflate();
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += pieceSize) chunks.push(...deflate.push(bytes.subarray(at, at + pieceSize)));
  chunks.push(...deflate.finish());
  return { out: concatBytes(chunks), deflate };
}

const text = strToU8('Bidrag 1;Klimadata ApS;Juror A;Individuel;Kvalitet;4;Velbegrundet.\r\n'.repeat(40_000));

describe('StreamingDeflate', () => {
  it('compresses data read in pieces into DEFLATE that inflates back', () => {
    const { out, deflate } = deflateInPieces(text, 10_000);
    expect(out.length).toBeLessThan(text.length / 10);
    expect(sha256Hex(inflateSync(out))).toBe(sha256Hex(text));
    expect(deflate.size).toBe(text.length);
    expect(deflate.crc).toBe(crc32(text));
    expect(deflate.incompressible).toBe(false);
  });

  it('gives the same bytes however the data was cut into pieces', () => {
    const whole = deflateInPieces(text, text.length).out;
    for (const size of [1, 777, 65_536, 100_003]) expect(deflateInPieces(text.subarray(0, 300_000), size).out).toEqual(deflateInPieces(text.subarray(0, 300_000), 300_000).out);
    expect(sha256Hex(deflateInPieces(text, 4096).out)).toBe(sha256Hex(whole));
  });

  it('gives up on data that does not shrink in its first megabyte, so it is stored', () => {
    const random = pseudoRandomBytes(INCOMPRESSIBLE_SAMPLE + 200_000);
    const deflate = new StreamingDeflate();
    deflate.push(random.subarray(0, INCOMPRESSIBLE_SAMPLE - 1));
    expect(deflate.incompressible).toBe(false);
    expect(deflate.push(random.subarray(INCOMPRESSIBLE_SAMPLE - 1, INCOMPRESSIBLE_SAMPLE + 100_000))).toEqual([]);
    expect(deflate.incompressible).toBe(true);
    expect(deflate.push(random.subarray(INCOMPRESSIBLE_SAMPLE + 100_000))).toEqual([]);
    expect(deflate.finish()).toEqual([]);
    expect(deflate.crc).toBe(crc32(random));
    expect(deflate.size).toBe(random.length);
  });

  it('keeps compressing data that shrinks, past the first megabyte', () => {
    const long = strToU8('Bidrag 7;Byens Software A/S;Juror C;Individuel;Pris;3;Rimelig.\r\n'.repeat(40_000));
    expect(long.length).toBeGreaterThan(INCOMPRESSIBLE_SAMPLE);
    expect(deflateInPieces(long, 65_536).deflate.incompressible).toBe(false);
  });

  it('refuses data after the end', () => {
    const deflate = new StreamingDeflate();
    deflate.finish();
    expect(() => deflate.push(text)).toThrow(/after finish/);
  });
});

describe('crc32Update', () => {
  it('continues a CRC-32 across pieces', () => {
    const bytes = strToU8('The quick brown fox jumps over the lazy dog');
    expect(crc32Update(crc32Update(0, bytes.subarray(0, 10)), bytes.subarray(10))).toBe(0x414fa339);
  });
});
