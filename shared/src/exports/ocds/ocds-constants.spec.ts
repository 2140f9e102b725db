import { describe, expect, it } from 'vitest';
import { OCDS_BIDS_EXTENSION_URL, OCDS_CODES_USED, OCID_PREFIX_PATTERN } from './ocds-constants.js';

// Node's file reading, typed locally: the shared package is built without Node's types, since
// its code must also run in the browser. Only this spec reads files.
const nodeFs = 'node:fs';
const nodeUrl = 'node:url';
const { readFileSync } = (await import(nodeFs)) as { readFileSync(path: string, encoding: 'utf8'): string };
const { fileURLToPath } = (await import(nodeUrl)) as { fileURLToPath(url: string): string };
const schemaFolder = fileURLToPath((import.meta as unknown as { url: string }).url).replace(/[^/\\]+$/, 'schema/');

// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    record.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endField();
    } else if (!quoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

// The "Code" column of an official codelist.
function codesOf(codelist: string): Set<string> {
  const [header = [], ...rows] = parseCsv(readFileSync(schemaFolder + codelist, 'utf8'));
  const column = header.indexOf('Code');
  return new Set(rows.map((row) => row[column] ?? ''));
}

describe('the OCDS codes the mapping uses', () => {
  it.each(Object.entries(OCDS_CODES_USED))('are all in the official %s', (codelist, codes) => {
    const official = codesOf(codelist);
    expect(official.size).toBeGreaterThan(0);
    expect(codes.filter((code) => !official.has(code))).toEqual([]);
  });
});

describe('the codelist reader of this spec', () => {
  it('reads quoted categories with commas, so codes come from the right column', () => {
    expect(codesOf('codelists/documentType.csv').has('contractDraft')).toBe(true);
    expect(parseCsv('a,"b, ""c""",d\r\ne,f,g\n')).toEqual([['a', 'b, "c"', 'd'], ['e', 'f', 'g']]);
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
