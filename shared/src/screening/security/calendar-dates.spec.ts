import { describe, expect, it } from 'vitest';
import { addMonths, isCalendarDate, utcDayOf } from './calendar-dates.js';

describe('calendar dates', () => {
  it('rejects dates that do not exist', () => {
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('26-01-01')).toBe(false);
  });

  it('takes the UTC day of an instant with an offset', () => {
    expect(utcDayOf('2026-11-27T23:30:00-02:00')).toBe('2026-11-28');
    expect(() => utcDayOf('yesterday')).toThrow(RangeError);
  });

  it('moves by months and clamps to the end of shorter months', () => {
    expect(addMonths('2026-11-27', -12)).toBe('2025-11-27');
    expect(addMonths('2028-02-29', -12)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });
});
