// Times are stored and exchanged as ISO 8601 UTC strings ("2026-03-01T09:00:00Z", milliseconds
// optional). An offset other than Z is refused so nobody has to guess which clock was meant.
const UTC_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;

/** Milliseconds since the epoch, or null when the string is not a real UTC instant. */
export function parseUtcInstant(value: string): number | null {
  const match = UTC_INSTANT.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const ms = Number((match[7] ?? '0').padEnd(3, '0'));
  const time = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const date = new Date(time);
  // Date.UTC rolls 30 February over into March; a round trip exposes such dates.
  const real =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return real ? time : null;
}

export function isUtcInstant(value: string): boolean {
  return parseUtcInstant(value) !== null;
}
