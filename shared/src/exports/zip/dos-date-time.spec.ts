import { describe, expect, it } from 'vitest';
import { dosDateTime } from './dos-date-time.js';

const pad = (n: number): string => String(n).padStart(2, '0');

function decode({ date, time }: { date: number; time: number }): string {
  return `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`;
}

describe('dosDateTime', () => {
  it('encodes the UTC calendar fields of the instant', () => {
    expect(decode(dosDateTime('2026-11-20T10:00:00Z'))).toBe('2026-11-20 10:00:00');
    expect(decode(dosDateTime('2026-11-20T11:30:00+01:00'))).toBe('2026-11-20 10:30:00');
  });

  it('rounds odd seconds down to the 2-second resolution', () => {
    expect(decode(dosDateTime('2026-11-20T10:00:59Z'))).toBe('2026-11-20 10:00:58');
  });

  it('clamps instants before 1980 and after 2107', () => {
    expect(decode(dosDateTime('1970-01-01T00:00:00Z'))).toBe('1980-01-01 00:00:00');
    expect(decode(dosDateTime('2200-06-01T00:00:00Z'))).toBe('2107-12-31 23:59:58');
  });
});
