import { describe, expect, it } from 'vitest';
import { isUtcInstant, parseUtcInstant } from './utc-instant.js';

describe('parseUtcInstant', () => {
  it('reads UTC instants with and without milliseconds', () => {
    expect(parseUtcInstant('2026-03-01T09:00:00Z')).toBe(Date.UTC(2026, 2, 1, 9));
    expect(parseUtcInstant('2026-03-01T09:00:00.5Z')).toBe(Date.UTC(2026, 2, 1, 9, 0, 0, 500));
    expect(parseUtcInstant('2026-03-01T09:00:00.123Z')).toBe(Date.UTC(2026, 2, 1, 9, 0, 0, 123));
  });
  it('refuses local times and offsets, which leave the clock ambiguous', () => {
    expect(isUtcInstant('2026-03-01T09:00:00')).toBe(false);
    expect(isUtcInstant('2026-03-01T10:00:00+01:00')).toBe(false);
    expect(isUtcInstant('2026-03-01')).toBe(false);
  });
  it('refuses dates that do not exist', () => {
    expect(parseUtcInstant('2026-02-30T09:00:00Z')).toBeNull();
    expect(parseUtcInstant('2026-13-01T09:00:00Z')).toBeNull();
    expect(parseUtcInstant('2026-01-01T24:00:00Z')).toBeNull();
  });
});
