import { describe, expect, it } from 'vitest';
import { COMMON_MESSAGES, formatMessage } from './messages.js';

describe('formatMessage', () => {
  it('fills placeholders in the requested language', () => {
    expect(formatMessage(COMMON_MESSAGES, 'auth.locked', 'en', { minutes: 15 })).toBe(
      'Too many failed attempts. Try again in 15 minutes.',
    );
    expect(formatMessage(COMMON_MESSAGES, 'auth.locked', 'da', { minutes: 15 })).toContain('15 minutter');
  });
  it('returns the code itself for an unknown code so nothing is silently blank', () => {
    expect(formatMessage(COMMON_MESSAGES, 'nope.unknown', 'da')).toBe('nope.unknown');
  });
  it('has every message in both languages', () => {
    for (const [code, text] of Object.entries(COMMON_MESSAGES)) {
      expect(text.da, code).not.toBe('');
      expect(text.en, code).not.toBe('');
    }
  });
});
