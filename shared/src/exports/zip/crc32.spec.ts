import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';

const utf8 = (text: string): Uint8Array => strToU8(text);

describe('crc32', () => {
  it('gives the standard check value for "123456789"', () => {
    expect(crc32(utf8('123456789'))).toBe(0xcbf43926);
  });

  it('is 0 for no bytes and matches a known value for a sentence', () => {
    expect(crc32(new Uint8Array())).toBe(0);
    expect(crc32(utf8('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });
});
