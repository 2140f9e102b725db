import { describe, expect, it } from 'vitest';
import { deflateSync, strFromU8, strToU8, zlibSync } from 'fflate';
import { inflateBounded, inflateZlibBounded } from './inflate-bounded.js';

describe('inflateBounded', () => {
  it('inflates a stream that fits the limit', () => {
    const result = inflateBounded(deflateSync(strToU8('hello hello hello')), 100);
    expect(result.ok && strFromU8(result.data)).toBe('hello hello hello');
  });

  it('stops as soon as the output passes the limit, keeping only what fits', () => {
    const bomb = deflateSync(new Uint8Array(20_000_000));
    const result = inflateBounded(bomb, 1_000_000);
    expect(result).toMatchObject({ ok: false, reason: 'limit', partial: { length: 1_000_000 } });
  });

  it('reports a truncated stream as corrupt instead of throwing', () => {
    const data = deflateSync(strToU8('some text that is long enough to be cut '.repeat(50)));
    const result = inflateBounded(data.subarray(0, data.length - 10), 1_000_000);
    expect(result).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('reports garbage as corrupt', () => {
    expect(inflateBounded(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 100)).toMatchObject({ ok: false, reason: 'corrupt' });
  });
});

describe('inflateZlibBounded', () => {
  it('skips a zlib header as PDF FlateDecode streams carry one', () => {
    const result = inflateZlibBounded(zlibSync(strToU8('BT (Hej) Tj ET')), 1000);
    expect(result.ok && strFromU8(result.data)).toBe('BT (Hej) Tj ET');
  });

  it('also accepts raw DEFLATE data', () => {
    const result = inflateZlibBounded(deflateSync(strToU8('raw')), 1000);
    expect(result.ok && strFromU8(result.data)).toBe('raw');
  });
});
