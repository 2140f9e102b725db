import { describe, expect, it } from 'vitest';
import { isDateTimeFormat, isUriFormat } from './json-schema-formats.js';

describe('isUriFormat', () => {
  it.each([
    'https://standard.open-contracting.org/schema/1__1__5/release-schema.json',
    'https://fjordby.example/udbud/klimadata/bekendtg%C3%B8relse.pdf?v=2#side-1',
    'mailto:udbud@fjordby.example',
    'urn:uuid:5f0c1e2a-0000-4000-8000-000000000001',
    'http://[2001:db8::1]:8080/x',
  ])('accepts %s', (value) => {
    expect(isUriFormat(value)).toBe(true);
  });

  it.each([
    ['a relative path', '/udbud/klimadata.pdf'],
    ['a space', 'https://fjordby.example/mit dokument.pdf'],
    ['a raw non-ASCII letter', 'https://fjordby.example/bekendtgørelse.pdf'],
    ['a broken percent-escape', 'https://fjordby.example/%G1'],
    ['a web address without a host', 'https:///x'],
    ['an empty string', ''],
  ])('rejects %s', (_what, value) => {
    expect(isUriFormat(value)).toBe(false);
  });
});

describe('isDateTimeFormat', () => {
  it('accepts RFC 3339 with a zone and rejects a date-time without one', () => {
    expect(isDateTimeFormat('2026-11-20T10:00:00Z')).toBe(true);
    expect(isDateTimeFormat('2026-11-20T10:00:00')).toBe(false);
  });
});
