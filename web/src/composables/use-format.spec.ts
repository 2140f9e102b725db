import { describe, expect, it } from 'vitest';
import { formatBytes, formatChallengeTime } from './use-format.js';
import { camelKey } from './use-labels.js';

describe('formatting', () => {
  it('shows challenge times on Copenhagen clocks with the zone named', () => {
    expect(formatChallengeTime('2026-07-01T08:00:00Z', 'en')).toBe('1 July 2026 at 10:00 CEST');
    expect(formatChallengeTime('2026-01-15T09:00:00Z', 'da')).toMatch(/15\. januar 2026.*10[.:]00/);
    expect(formatChallengeTime(null, 'da')).toBe('');
  });

  it('shows file sizes in binary units', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(25 * 1024 * 1024, 'da')).toBe('25 MB');
  });

  it('turns kebab-case domain values into catalogue keys', () => {
    expect(camelKey('submission-open')).toBe('submissionOpen');
    expect(camelKey('draft')).toBe('draft');
  });
});
