import { describe, expect, it } from 'vitest';
import { effectiveDeadline, isOnTime } from './deadline.js';

const deadline = new Date('2026-04-01T10:00:00.000Z');
const at = (ms: number) => new Date(deadline.getTime() + ms);

describe('isOnTime', () => {
  it('accepts an entry committed 1 ms before the deadline', () => {
    expect(isOnTime(at(-1), deadline, 0)).toBe(true);
  });
  it('refuses an entry committed exactly at the deadline', () => {
    expect(isOnTime(at(0), deadline, 0)).toBe(false);
  });
  it('refuses an entry committed 1 ms after the deadline', () => {
    expect(isOnTime(at(1), deadline, 0)).toBe(false);
  });
  it('moves the boundary by the published grace period', () => {
    expect(isOnTime(at(59_999), deadline, 60)).toBe(true);
    expect(isOnTime(at(60_000), deadline, 60)).toBe(false);
    expect(effectiveDeadline(deadline, 60).toISOString()).toBe('2026-04-01T10:01:00.000Z');
  });
  it('refuses a negative or fractional grace period and invalid dates', () => {
    expect(() => isOnTime(at(0), deadline, -1)).toThrow(RangeError);
    expect(() => isOnTime(at(0), deadline, 0.5)).toThrow(RangeError);
    expect(() => isOnTime(new Date('nope'), deadline, 0)).toThrow(RangeError);
  });
});
