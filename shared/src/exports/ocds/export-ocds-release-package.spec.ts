import { describe, expect, it } from 'vitest';
import type { DecidedChallengeSnapshot } from '../snapshot.js';
import { exampleDecidedSnapshot, exampleUndecidedSnapshot } from '../testing/example-snapshot.js';
import { buildOcdsReleasePackageParts } from './build-ocds-release-package.js';
import { withListsFilledIn } from './ocds-long-lists.js';
import { exportOcdsReleasePackage, exportOcdsReleasePackageInBatches } from './export-ocds-release-package.js';
import { validateOcdsReleasePackage, validateOcdsReleasePackageInBatches } from './validate-ocds.js';

const options = { ocidPrefix: 'ocds-213czf', packageUri: 'https://fairpitch.fjordby.example/ocds/ch-2026-klima.json' };

describe('exportOcdsReleasePackage', () => {
  it('offers the file text when the package is valid', () => {
    const result = exportOcdsReleasePackage(exampleDecidedSnapshot(), options);
    expect(result.valid).toBe(true);
    expect(result.valid && JSON.parse(result.text)).toEqual(JSON.parse(JSON.stringify(result.releasePackage)));
  });

  it('withholds the file and says why when the package is invalid', () => {
    const snapshot = exampleDecidedSnapshot();
    snapshot.challenge.currency = 'KRONER';
    snapshot.entries = snapshot.entries.map((e) => (e.price ? { ...e, price: { ...e.price, currency: 'KRONER' } } : e));
    const result = exportOcdsReleasePackage(snapshot, { ...options, packageUri: 'not a uri' });
    expect(result.valid).toBe(false);
    expect(result.valid ? [] : result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['/uri', '/releases/0/bids/details/1/value/currency']),
    );
    expect('text' in result).toBe(false);
  });
});

/** The example challenge with `count` entries from as many companies (some sharing one). */
function manyEntries(count: number): DecidedChallengeSnapshot {
  const example = exampleDecidedSnapshot();
  const entries = Array.from({ length: count }, (_, i) => {
    const entry = example.entries[i % example.entries.length]!;
    const company = { ...entry.company, id: `company-${i % Math.ceil(count * 0.9)}`, name: `Firma ${i} ApS`, cvr: String(10_000_000 + (i % Math.ceil(count * 0.9))) };
    return { ...entry, id: `entry-${String(i).padStart(5, '0')}`, label: `Bidrag ${i + 1}`, company, submittedAt: new Date(Date.parse('2026-09-01T00:00:00Z') + ((i * 7919) % count) * 60_000).toISOString() };
  });
  const ranking = entries.map((entry, i) => ({ ...example.ranking[0]!, entryId: entry.id, rank: i + 1, tied: false }));
  return { ...example, entries, ranking, reviews: [], awards: [{ ...example.awards[0]!, entryIds: [entries[3]!.id] }] };
}

// The batched validator gives the package's own errors first, then each list's.
const byPath = (errors: readonly { path: string; message: string }[]) => errors.toSorted((a, b) => (a.path + a.message < b.path + b.message ? -1 : 1));

describe('exportOcdsReleasePackageInBatches', () => {
  const whole = (snapshot: DecidedChallengeSnapshot) => {
    const result = exportOcdsReleasePackage(snapshot, options);
    if (!result.valid) throw new Error(JSON.stringify(result.errors));
    return result.text;
  };
  const inBatches = (snapshot: DecidedChallengeSnapshot, batchSize: number) => {
    const result = exportOcdsReleasePackageInBatches(snapshot, options, batchSize);
    if (!result.valid) throw new Error(JSON.stringify(result.errors));
    return [...result.chunks()];
  };

  it('writes the bytes of the whole package, a batch of parties, tenderers and bids at a time', () => {
    const large = manyEntries(1_203);
    for (const snapshot of [exampleDecidedSnapshot(), exampleUndecidedSnapshot(), large, { ...large, entries: [], ranking: [], awards: [] }]) {
      for (const batchSize of [1, 2, 7, 500]) expect(inBatches(snapshot, batchSize).join('')).toBe(whole(snapshot));
    }
  });

  it('writes the same bytes when a text of the challenge looks like the placeholder of a list', () => {
    const snapshot = exampleDecidedSnapshot();
    snapshot.challenge.title = 'Titel \u0000fairpitch-list-0-0 og \u0000fairpitch-list-1-0';
    snapshot.challenge.description = '"\u0000fairpitch-list-2-0"';
    expect(inBatches(snapshot, 1).join('')).toBe(whole(snapshot));
  });

  it('never holds the text of a whole list: no piece is larger than a batch', () => {
    const pieces = inBatches(manyEntries(2_000), 100);
    const text = pieces.join('');
    expect(JSON.parse(text).releases[0].bids.details).toHaveLength(2_000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(text.length / 10);
  });

  it('refuses what the whole package would be refused for, at the same paths', () => {
    const snapshot = exampleDecidedSnapshot();
    snapshot.entries = snapshot.entries.map((e) => (e.price ? { ...e, price: { ...e.price, currency: 'KRONER' } } : e));
    const badUri = { ...options, packageUri: 'not a uri' };
    const expected = exportOcdsReleasePackage(snapshot, badUri);
    expect(expected.valid).toBe(false);
    for (const batchSize of [1, 2, 500]) {
      const result = exportOcdsReleasePackageInBatches(snapshot, badUri, batchSize);
      expect(result.valid).toBe(false);
      expect(result.valid ? [] : byPath(result.errors)).toEqual(expected.valid ? [] : byPath(expected.errors));
      expect('chunks' in result).toBe(false);
    }
  });

  it('gives at most the number of errors asked for', () => {
    const parts = buildOcdsReleasePackageParts(manyEntries(300), options);
    const details = parts.lists.find((slot) => slot.kind === 'bidDetails')!;
    const list = details.list;
    details.list = { length: list.length, slice: (start, end) => list.slice(start, end).map((bid) => ({ ...(bid as object), status: 'unknown' })) };
    expect(validateOcdsReleasePackage(withListsFilledIn(buildOcdsReleasePackageParts(manyEntries(300), options))).valid).toBe(true);
    const result = validateOcdsReleasePackageInBatches(parts, 200, 25);
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(25);
  });

  it('finds a broken item in a later batch at its place in the whole list, and duplicates across batches', () => {
    const parts = () => buildOcdsReleasePackageParts(manyEntries(30), options);
    const broken = parts();
    const parties = broken.lists.find((slot) => slot.kind === 'parties')!;
    const list = parties.list;
    broken.lists[broken.lists.indexOf(parties)] = {
      ...parties,
      list: { length: list.length, slice: (start, end) => list.slice(start, end).map((p, i) => (start + i === 20 ? { ...(p as object), name: 7 } : p)) },
    };
    const batched = validateOcdsReleasePackageInBatches(broken, 4);
    // The buyer comes first, so the 21st company is item 21 of the release's parties.
    expect(batched.errors.map((e) => e.path)).toContain('/releases/0/parties/21/name');
    expect(batched.errors.map((e) => e.path)).toEqual(validateOcdsReleasePackage(withListsFilledIn(broken)).errors.map((e) => e.path));

    // The same tenderer twice, in different batches and in one: one error, as for the whole list.
    for (const batchSize of [5, 100]) {
      const twice = parts();
      const tenderers = twice.lists.find((slot) => slot.kind === 'tenderers')!;
      const refs = tenderers.list.slice(0, tenderers.list.length);
      tenderers.list = { length: refs.length + 1, slice: (start, end) => [...refs, refs[2]].slice(start, end) };
      const expected = { valid: false, errors: [{ path: '/releases/0/tender/tenderers', message: 'must NOT have duplicate items' }] };
      expect(validateOcdsReleasePackageInBatches(twice, batchSize)).toEqual(expected);
      expect(validateOcdsReleasePackage(withListsFilledIn(twice))).toEqual(expected);
    }
    // Two different items with one id are not duplicates to JSON Schema.
    const sameId = parts();
    const tenderers = sameId.lists.find((slot) => slot.kind === 'tenderers')!;
    const refs = tenderers.list.slice(0, tenderers.list.length);
    tenderers.list = { length: refs.length + 1, slice: (start, end) => [...refs, { ...refs[2]!, name: 'Et andet navn' }].slice(start, end) };
    expect(validateOcdsReleasePackageInBatches(sameId, 5)).toEqual({ valid: true, errors: [] });
    expect(validateOcdsReleasePackage(withListsFilledIn(sameId)).valid).toBe(true);
    expect(validateOcdsReleasePackageInBatches(parts(), 5)).toEqual({ valid: true, errors: [] });
  });
});

