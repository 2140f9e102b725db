/**
 * Bytes from a fixed xorshift sequence: the same every run, and as incompressible as random
 * bytes. With `alphabet` 10 they are decimal digits instead, which DEFLATE shrinks about 2:1.
 */
export function pseudoRandomBytes(length: number, alphabet: 10 | 256 = 256): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = alphabet === 256 ? x & 0xff : 0x30 + ((x >>> 0) % 10);
  }
  return bytes;
}
