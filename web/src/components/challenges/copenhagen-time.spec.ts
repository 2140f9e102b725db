import { describe, expect, it } from 'vitest';
import { fromCopenhagenInput, toCopenhagenInput } from './copenhagen-time.js';

describe('Copenhagen time in date-and-time inputs', () => {
  it('reads a winter time as UTC+1', () => {
    expect(fromCopenhagenInput('2026-01-15T10:00')).toBe('2026-01-15T09:00:00.000Z');
  });

  it('reads a summer time as UTC+2', () => {
    expect(fromCopenhagenInput('2026-07-01T10:00')).toBe('2026-07-01T08:00:00.000Z');
  });

  it('takes a reading in the skipped spring hour as summer time', () => {
    // 29 March 2026: clocks go from 02:00 to 03:00.
    expect(fromCopenhagenInput('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(fromCopenhagenInput('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(fromCopenhagenInput('2026-03-29T01:30')).toBe('2026-03-29T00:30:00.000Z');
  });

  it('takes the first of the repeated autumn hour', () => {
    // 25 October 2026: clocks go from 03:00 back to 02:00.
    expect(fromCopenhagenInput('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(fromCopenhagenInput('2026-10-25T03:30')).toBe('2026-10-25T02:30:00.000Z');
  });

  it('refuses text that is not a real date and time', () => {
    expect(fromCopenhagenInput('')).toBeNull();
    expect(fromCopenhagenInput('2026-02-30T10:00')).toBeNull();
    expect(fromCopenhagenInput('tomorrow')).toBeNull();
  });

  it('shows a UTC instant as the Copenhagen clock reads it', () => {
    expect(toCopenhagenInput('2026-01-15T09:00:00Z')).toBe('2026-01-15T10:00');
    expect(toCopenhagenInput('2026-07-01T08:00:00.000Z')).toBe('2026-07-01T10:00');
    expect(toCopenhagenInput('')).toBe('');
  });

  it('round-trips any instant on the minute outside the repeated autumn hour', () => {
    const repeated = [Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 9, 25, 2)];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 3_600_000 + 60_000) {
      if (t >= repeated[0]! && t < repeated[1]!) continue;
      const iso = new Date(t).toISOString();
      expect(fromCopenhagenInput(toCopenhagenInput(iso))).toBe(iso);
    }
  });
});
