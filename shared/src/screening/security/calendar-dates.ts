// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC. Rules get "now" as the entry's asOf,
// never from the clock, so a report recomputed later gives the same result.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(day: string): boolean {
  const match = ISO_DAY.exec(day);
  if (!match) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && date >= 1 && date <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The UTC calendar day of an ISO 8601 instant ("2026-11-27T23:30:00-02:00" → "2026-11-28"). */
export function utcDayOf(instant: string): string {
  const time = Date.parse(instant);
  if (!Number.isFinite(time)) throw new RangeError(`not an ISO 8601 instant: ${instant}`);
  return new Date(time).toISOString().slice(0, 10);
}

/** Adds (or subtracts) whole months; a day past the target month's end clamps to its last day. */
export function addMonths(day: string, months: number): string {
  if (!isCalendarDate(day)) throw new RangeError(`not a calendar date: ${day}`);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(date, lastDay));
  return first.toISOString().slice(0, 10);
}
