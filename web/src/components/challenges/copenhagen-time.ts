import { copenhagenWallClock, type WallClock } from '@fairpitch/shared/challenges';

// <input type="datetime-local"> speaks wall-clock time without a zone. The platform stores UTC
// and people in the municipality think in Copenhagen time, so inputs convert both ways here.
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const HOUR = 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

function wallClockAsUtc(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** "2026-03-01T10:00" for a UTC instant, as a Copenhagen clock reads it; '' for no value. */
export function toCopenhagenInput(iso: string | null | undefined): string {
  if (!iso || Number.isNaN(new Date(iso).getTime())) return '';
  const wall = copenhagenWallClock(iso);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * The UTC instant (ISO 8601 with Z) at which a Copenhagen clock shows the given reading, or null
 * when the text is not a date and time. In the hour skipped when summer time starts, the reading
 * is taken in summer time (02:30 becomes 03:30); in the hour repeated in autumn, the first one.
 */
export function fromCopenhagenInput(value: string): string | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const wanted = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wanted);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // Copenhagen is UTC+1 in winter and UTC+2 in summer: try both, keep the earliest that fits.
  const fitting = [wanted - 2 * HOUR, wanted - HOUR].filter((instant) => wallClockAsUtc(copenhagenWallClock(new Date(instant))) === wanted);
  const result = fitting[0] ?? wanted - HOUR;
  return new Date(result).toISOString();
}
