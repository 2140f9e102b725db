/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OCDS_BIDS_EXTENSION_URL, OCDS_CODES_USED, OCID_PREFIX_PATTERN } from './ocds-constants.js';

// The first column named "Code" of an official codelist CSV (codes never contain commas or quotes).
function codesOf(codelist: string): Set<string> {
  const text = readFileSync(new URL(`./schema/${codelist}`, import.meta.url), 'utf8');
  const [header = '', ...lines] = text.trim().split(/\r?\n/);
  const column = header.split(',').indexOf('Code');
  return new Set(lines.map((line) => line.split(',')[column] ?? ''));
}

describe('the OCDS codes the mapping uses', () => {
  it.each(Object.entries(OCDS_CODES_USED))('are all in the official %s', (codelist, codes) => {
    const official = codesOf(codelist);
    expect(official.size).toBeGreaterThan(0);
    expect(codes.filter((code) => !official.has(code))).toEqual([]);
  });
});

describe('OCDS_BIDS_EXTENSION_URL', () => {
  it('points at an extension.json, as the release package schema asks', () => {
    expect(OCDS_BIDS_EXTENSION_URL).toMatch(/^https:\/\/.+\/ocds_bid_extension\/.+\/extension\.json$/);
  });
});

describe('OCID_PREFIX_PATTERN', () => {
  it('accepts a registered-style prefix and rejects others', () => {
    expect(OCID_PREFIX_PATTERN.test('ocds-213czf')).toBe(true);
    expect(OCID_PREFIX_PATTERN.test('ocds-213CZF')).toBe(false);
    expect(OCID_PREFIX_PATTERN.test('ocds-xxxxxxx')).toBe(false);
    expect(OCID_PREFIX_PATTERN.test('fairpitch')).toBe(false);
  });
});
