import type { Locale } from '../common/localised.js';

// Stored times are UTC; people in the municipality read them on Copenhagen time, summer time
// included. Intl does the zone arithmetic, in Node and in browsers alike.
export const DISPLAY_TIME_ZONE = 'Europe/Copenhagen';

const LOCALE_TAGS: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

function toDate(instant: Date | string): Date {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError('formatCopenhagen: invalid instant');
  return date;
}

/** E.g. "1. marts 2026 kl. 10.00 CET" / "1 March 2026 at 10:00 CET". */
export function formatCopenhagen(instant: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    timeZone: DISPLAY_TIME_ZONE,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(toDate(instant));
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The Copenhagen wall-clock reading of a UTC instant, for screens that lay out their own text. */
export function copenhagenWallClock(instant: Date | string): WallClock {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: DISPLAY_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(toDate(instant));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}
