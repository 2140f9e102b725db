// RFC 3339 date-times (what OCDS calls "date-time"): a calendar date, a time and a zone.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRfc3339DateTime(value: string): boolean {
  const match = RFC3339.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number, number, number, number, number, number,
  ];
  const offsetHours = match[9] === undefined ? 0 : Number(match[9]);
  const offsetMinutes = match[10] === undefined ? 0 : Number(match[10]);
  return (
    month >= 1 && month <= 12 &&
    day >= 1 && day <= daysInMonth(year, month) &&
    hour <= 23 && minute <= 59 &&
    second <= 60 && // 60 is a leap second
    offsetHours <= 23 && offsetMinutes <= 59
  );
}

/**
 * The same instant in UTC as `YYYY-MM-DDTHH:MM:SSZ` (milliseconds only when not zero), so that
 * equal instants always print the same way in every export.
 */
export function toUtcTimestamp(value: string): string {
  // The common case, a time already in the form Date#toISOString writes (UTC, milliseconds,
  // four-digit year): it reads back as itself, and only zero milliseconds are dropped.
  if (value.length === 24 && value.charCodeAt(23) === 90) {
    const millis = Date.parse(value);
    if (!Number.isNaN(millis) && new Date(millis).toISOString() === value) return value.endsWith('.000Z') ? `${value.slice(0, -5)}Z` : value;
  }
  if (!isRfc3339DateTime(value)) throw new RangeError(`Not an RFC 3339 date-time: ${JSON.stringify(value)}`);
  // Date cannot hold a leap second: 23:59:60 is read as the second after 23:59:59.
  const leapSecond = /:60(?=[.Zz+-])/;
  const millis = leapSecond.test(value) ? Date.parse(value.replace(leapSecond, ':59')) + 1000 : Date.parse(value);
  const iso = new Date(millis).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

/** `20261127T120000Z`: a UTC timestamp usable inside identifiers and file names. */
export function compactUtcTimestamp(value: string): string {
  return toUtcTimestamp(value).replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}
