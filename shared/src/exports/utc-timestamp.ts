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

const digit = (value: string, at: number): number => {
  const code = value.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
};
const number = (value: string, from: number, length: number): number => {
  let n = 0;
  for (let i = from; i < from + length; i++) n = n * 10 + digit(value, i);
  return n;
};

/** `YYYY-MM-DDTHH:MM:SS.mmmZ`, a valid date and time (no leap second): the form Date#toISOString writes. */
function isIsoUtcMillis(value: string): boolean {
  if (value.length !== 24 || value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':' || value[19] !== '.' || value[23] !== 'Z') return false;
  const year = number(value, 0, 4);
  const month = number(value, 5, 2);
  const day = number(value, 8, 2);
  const [hour, minute, second, millis] = [number(value, 11, 2), number(value, 14, 2), number(value, 17, 2), number(value, 20, 3)];
  // NaN (a character that is not a digit) fails every comparison.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59 && millis >= 0;
}

/**
 * The same instant in UTC as `YYYY-MM-DDTHH:MM:SSZ` (milliseconds only when not zero), so that
 * equal instants always print the same way in every export.
 */
export function toUtcTimestamp(value: string): string {
  // The common case, a time already as Date#toISOString writes it: only zero milliseconds go.
  if (isIsoUtcMillis(value)) return value.endsWith('.000Z') ? `${value.slice(0, -5)}Z` : value;
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
