import { describe, expect, it } from 'vitest';
import { copenhagenWallClock, formatCopenhagen } from './format-copenhagen.js';

describe('copenhagenWallClock', () => {
  it('adds one hour in winter and two in summer', () => {
    expect(copenhagenWallClock('2026-01-15T10:00:00Z')).toMatchObject({ day: 15, hour: 11, minute: 0 });
    expect(copenhagenWallClock('2026-06-15T10:00:00Z')).toMatchObject({ day: 15, hour: 12, minute: 0 });
  });
  it('jumps from 02:00 to 03:00 when summer time starts on the last Sunday of March', () => {
    expect(copenhagenWallClock('2026-03-29T00:59:00Z')).toMatchObject({ day: 29, hour: 1, minute: 59 });
    expect(copenhagenWallClock('2026-03-29T01:00:00Z')).toMatchObject({ day: 29, hour: 3, minute: 0 });
  });
  it('moves a late UTC evening to the next Copenhagen day', () => {
    expect(copenhagenWallClock(new Date(Date.UTC(2026, 11, 31, 23, 30)))).toEqual({
      year: 2027,
      month: 1,
      day: 1,
      hour: 0,
      minute: 30,
      second: 0,
    });
  });
});

describe('formatCopenhagen', () => {
  it('shows the local time in both languages', () => {
    const da = formatCopenhagen('2026-06-15T10:00:00Z', 'da');
    const en = formatCopenhagen('2026-06-15T10:00:00Z', 'en');
    expect(da).toMatch(/15\. juni 2026/);
    expect(da).toMatch(/12[.:]00/);
    expect(en).toMatch(/15 June 2026/);
    expect(en).toMatch(/12:00/);
  });
  it('refuses an instant that is not a date', () => {
    expect(() => formatCopenhagen('not a date', 'en')).toThrow(RangeError);
  });
});
