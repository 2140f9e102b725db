import { toUtcTimestamp } from '../utc-timestamp.js';

export interface DosDateTime {
  date: number;
  time: number;
}

// The DOS date range ZIP can hold.
const EARLIEST = Date.UTC(1980, 0, 1, 0, 0, 0);
const LATEST = Date.UTC(2107, 11, 31, 23, 59, 58);

/**
 * The ZIP (MS-DOS) date and time fields for an instant, taken from its UTC calendar fields.
 * DOS times carry no zone; using UTC (instead of the machine's local time, as most ZIP writers
 * do) is what makes the archive bytes the same on every server. Seconds are rounded down to even
 * (DOS resolution is 2 s) and instants outside 1980–2107 are clamped to the nearest end.
 */
export function dosDateTime(instant: string): DosDateTime {
  const millis = Math.min(LATEST, Math.max(EARLIEST, Date.parse(toUtcTimestamp(instant))));
  const d = new Date(millis);
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}
