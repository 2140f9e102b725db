import { describe, expect, it } from 'vitest';
import { compactUtcTimestamp, isRfc3339DateTime, toUtcTimestamp } from './utc-timestamp.js';

describe('isRfc3339DateTime', () => {
  it.each([
    '2026-11-27T12:00:00Z',
    '2026-11-27t12:00:00z',
    '2026-11-27T12:00:00.123456+01:00',
    '2024-02-29T00:00:00-05:30',
    '2016-12-31T23:59:60Z',
  ])('accepts %s', (value) => {
    expect(isRfc3339DateTime(value)).toBe(true);
  });

  it.each([
    ['a date without a time', '2026-11-27'],
    ['a time without a zone', '2026-11-27T12:00:00'],
    ['a space instead of T', '2026-11-27 12:00:00Z'],
    ['month 13', '2026-13-01T00:00:00Z'],
    ['30 February', '2026-02-30T00:00:00Z'],
    ['29 February of a common year', '2100-02-29T00:00:00Z'],
    ['hour 24', '2026-11-27T24:00:00Z'],
    ['minute 60', '2026-11-27T12:60:00Z'],
    ['an offset without a colon', '2026-11-27T12:00:00+0100'],
    ['an offset of 24 hours', '2026-11-27T12:00:00+24:00'],
    ['free text', 'yesterday'],
  ])('rejects %s', (_what, value) => {
    expect(isRfc3339DateTime(value)).toBe(false);
  });
});

describe('toUtcTimestamp', () => {
  it('prints the same instant in UTC without milliseconds when they are zero', () => {
    expect(toUtcTimestamp('2026-11-27T13:00:00+01:00')).toBe('2026-11-27T12:00:00Z');
    expect(toUtcTimestamp('2026-11-27T12:00:00.000Z')).toBe('2026-11-27T12:00:00Z');
  });

  it('takes times as Date#toISOString writes them as they are, checking the date all the same', () => {
    expect(toUtcTimestamp('2030-01-08T00:00:00.000Z')).toBe('2030-01-08T00:00:00Z');
    expect(toUtcTimestamp('2030-01-08T23:59:59.123Z')).toBe('2030-01-08T23:59:59.123Z');
    expect(toUtcTimestamp('2028-02-29T12:00:00.000Z')).toBe('2028-02-29T12:00:00Z');
    expect(() => toUtcTimestamp('2030-02-29T12:00:00.000Z')).toThrow(RangeError);
    expect(() => toUtcTimestamp('2030-13-01T12:00:00.000Z')).toThrow(RangeError);
    expect(() => toUtcTimestamp('2030-01-01T24:00:00.000Z')).toThrow(RangeError);
  });

  it('keeps milliseconds that are not zero', () => {
    expect(toUtcTimestamp('2026-11-27T12:00:00.25Z')).toBe('2026-11-27T12:00:00.250Z');
  });

  it('reads a leap second as the next second', () => {
    expect(toUtcTimestamp('2016-12-31T23:59:60Z')).toBe('2017-01-01T00:00:00Z');
  });

  it('refuses a value that is not an RFC 3339 date-time', () => {
    expect(() => toUtcTimestamp('2026-11-27')).toThrow(RangeError);
  });
});

describe('compactUtcTimestamp', () => {
  it('drops separators and milliseconds', () => {
    expect(compactUtcTimestamp('2026-11-27T13:00:00.5+01:00')).toBe('20261127T120000Z');
  });
});
