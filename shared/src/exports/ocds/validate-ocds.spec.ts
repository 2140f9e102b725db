import { describe, expect, it } from 'vitest';
import { exampleDecidedSnapshot, exampleUndecidedSnapshot } from '../testing/example-snapshot.js';
import { buildOcdsReleasePackage } from './build-ocds-release-package.js';
import type { OcdsReleasePackage } from './ocds-types.js';
import { extendedReleaseSchema, validateOcdsRelease, validateOcdsReleasePackage } from './validate-ocds.js';

const options = { ocidPrefix: 'ocds-213czf', packageUri: 'https://fairpitch.fjordby.example/ocds/ch-2026-klima.json' };

// A deep copy typed loosely, so a test can break it in ways the types would not allow.
function mutable(pkg: OcdsReleasePackage): { releases: Array<Record<string, unknown>> } & Record<string, unknown> {
  return JSON.parse(JSON.stringify(pkg)) as { releases: Array<Record<string, unknown>> } & Record<string, unknown>;
}

describe('validateOcdsReleasePackage', () => {
  it('accepts the package built for a decided challenge', () => {
    const result = validateOcdsReleasePackage(buildOcdsReleasePackage(exampleDecidedSnapshot(), options));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('accepts the package built for a DRAFT, in both languages', () => {
    for (const language of ['da', 'en'] as const) {
      const result = validateOcdsReleasePackage(buildOcdsReleasePackage(exampleUndecidedSnapshot(), { ...options, language }));
      expect(result.errors).toEqual([]);
    }
  });

  it('rejects a release without its ocid', () => {
    const pkg = mutable(buildOcdsReleasePackage(exampleDecidedSnapshot(), options));
    delete pkg.releases[0]!['ocid'];
    const result = validateOcdsReleasePackage(pkg);
    expect(result.valid).toBe(false);
    expect(result.errors).toContainEqual({ path: '/releases/0', message: "must have required property 'ocid'" });
  });

  it('rejects a bid status outside the bidStatus codelist, which only the bids extension defines', () => {
    const pkg = mutable(buildOcdsReleasePackage(exampleDecidedSnapshot(), options));
    const bids = pkg.releases[0]!['bids'] as { details: Array<Record<string, unknown>> };
    bids.details[1]!['status'] = 'rejected';
    const result = validateOcdsReleasePackage(pkg);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.path)).toContain('/releases/0/bids/details/1/status');
    expect(result.errors.find((e) => e.path === '/releases/0/bids/details/1/status')?.message).toContain('"disqualified"');
  });

  it('rejects a date without a time zone', () => {
    const pkg = mutable(buildOcdsReleasePackage(exampleDecidedSnapshot(), options));
    pkg.releases[0]!['date'] = '2026-11-20 10:00';
    const result = validateOcdsReleasePackage(pkg);
    expect(result.valid).toBe(false);
    expect(result.errors).toContainEqual({ path: '/releases/0/date', message: 'must match format "date-time"' });
  });

  it('rejects a package URI that is not a URI and a version with a patch number', () => {
    const pkg = mutable(buildOcdsReleasePackage(exampleDecidedSnapshot(), options));
    pkg['uri'] = 'not a uri';
    pkg['version'] = '1.1.5';
    const paths = validateOcdsReleasePackage(pkg).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/uri', '/version']));
  });

  it('rejects a party listed twice (uniqueItems)', () => {
    const pkg = mutable(buildOcdsReleasePackage(exampleDecidedSnapshot(), options));
    const parties = pkg.releases[0]!['parties'] as unknown[];
    parties.push(JSON.parse(JSON.stringify(parties[1])));
    const result = validateOcdsReleasePackage(pkg);
    expect(result.valid).toBe(false);
    expect(result.errors).toContainEqual({ path: '/releases/0/parties', message: 'must NOT have duplicate items' });
  });

  it('validates the release of a challenge with ten thousand entries in seconds, not minutes', () => {
    const snapshot = exampleDecidedSnapshot();
    const [template] = snapshot.entries;
    snapshot.entries = Array.from({ length: 10_000 }, (_, i) => ({
      ...template!,
      id: `e-${i}`,
      label: `Entry ${i + 1}`,
      company: { ...template!.company, id: `c-${i}`, cvr: null, registrationNumber: String(100000 + i), registrationScheme: 'DE-CR' },
    }));
    snapshot.ranking = [];
    snapshot.awards = [];
    const started = Date.now();
    expect(validateOcdsReleasePackage(buildOcdsReleasePackage(snapshot, options)).valid).toBe(true);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('rejects a currency outside the currency codelist in a bid value', () => {
    const pkg = mutable(buildOcdsReleasePackage(exampleDecidedSnapshot(), options));
    const bids = pkg.releases[0]!['bids'] as { details: Array<{ value?: { currency: string } }> };
    const withValue = bids.details.find((d) => d.value)!;
    withValue.value!.currency = 'KRONER';
    expect(validateOcdsReleasePackage(pkg).valid).toBe(false);
  });
});

describe('validateOcdsRelease', () => {
  it('checks a single release against the extended release schema', () => {
    const release = buildOcdsReleasePackage(exampleDecidedSnapshot(), options).releases[0];
    expect(validateOcdsRelease(release)).toEqual({ valid: true, errors: [] });
    expect(validateOcdsRelease({ ...release, initiationType: 'auction' }).valid).toBe(false);
  });
});

describe('extendedReleaseSchema', () => {
  it('is the release schema with the bids extension merged in', () => {
    const schema = extendedReleaseSchema() as {
      id: string;
      properties: Record<string, unknown>;
      definitions: Record<string, { properties: Record<string, unknown> }>;
    };
    expect(schema.id).toBe('https://standard.open-contracting.org/schema/1__1__5/release-schema.json');
    expect(schema.properties['bids']).toBeDefined();
    expect(schema.definitions['Award']!.properties['relatedBids']).toBeDefined();
    // Core fields of Award survive the patch.
    expect(schema.definitions['Award']!.properties['suppliers']).toBeDefined();
  });
});
