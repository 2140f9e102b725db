import { describe, expect, it } from 'vitest';
import semver from 'semver';
import { ADVISORY_DATABASE, advisoryDatabaseSchema } from './advisory-data.js';
import { normalizePypiName, parsePep440 } from './pep440.js';

const byId = (id: string) => ADVISORY_DATABASE.advisories.find((a) => a.id === id);

describe('the shipped advisory data', () => {
  it('has the documented shape, a source and a checked date', () => {
    const parsed = advisoryDatabaseSchema.safeParse(ADVISORY_DATABASE);
    expect(parsed.error?.issues.slice(0, 5) ?? []).toEqual([]);
    expect(ADVISORY_DATABASE.source).toMatch(/Node\.js Security Working Group.*Python Packaging Authority/);
    expect(ADVISORY_DATABASE.checked).toBe('2026-11-27');
  });

  it('holds both ecosystems and matches its own counts', () => {
    const npm = ADVISORY_DATABASE.advisories.filter((a) => a.ecosystem === 'npm').length;
    const pypi = ADVISORY_DATABASE.advisories.filter((a) => a.ecosystem === 'PyPI').length;
    expect(npm).toBeGreaterThan(400);
    expect(pypi).toBeGreaterThan(2000);
    expect(ADVISORY_DATABASE.counts).toEqual({ npm, PyPI: pypi });
  });

  it('is sorted by ecosystem, package and id, without duplicates', () => {
    const keys = ADVISORY_DATABASE.advisories.map((a) => `${a.ecosystem}\u0000${a.package}\u0000${a.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const sorted = ADVISORY_DATABASE.advisories.toSorted(
      (a, b) => a.ecosystem.localeCompare(b.ecosystem, 'en') || a.package.localeCompare(b.package, 'en') || a.id.localeCompare(b.id, 'en', { numeric: true }),
    );
    expect(sorted.map((a) => a.id)).toEqual(ADVISORY_DATABASE.advisories.map((a) => a.id));
  });

  it('stores PyPI names normalised and only versions this code can compare, bar two upstream quirks', () => {
    // Upstream records with a non-PEP 440 "fixed" version; their ranges are treated as unknown.
    const quirks = ['PYSEC-2019-125 2019-09-12', 'PYSEC-2021-371 0.2.0-n653'];
    const unreadable: string[] = [];
    const unnormalised: string[] = [];
    const badRanges: string[] = [];
    for (const advisory of ADVISORY_DATABASE.advisories) {
      if (advisory.ecosystem === 'PyPI' && advisory.package !== normalizePypiName(advisory.package)) unnormalised.push(advisory.package);
      for (const range of advisory.ranges) {
        if (range.type === 'semver' && semver.validRange(range.vulnerable, { loose: true }) === null) badRanges.push(advisory.id);
        if (range.type === 'ecosystem' && advisory.ecosystem === 'PyPI') {
          for (const event of range.events) {
            const version = Object.values(event)[0]!;
            if (version !== '0' && parsePep440(version) === null) unreadable.push(`${advisory.id} ${version}`);
          }
        }
      }
    }
    expect(unnormalised).toEqual([]);
    expect(badRanges).toEqual([]);
    expect(unreadable.toSorted()).toEqual(quirks);
  });

  it('keeps the rating the advisory gives and derives one from a CVSS v3 vector', () => {
    // The WG rates NSWG-ECO-1 (bassmaster) 6.5; a PyPA record carries only a vector.
    expect(byId('NSWG-ECO-1')).toMatchObject({ severity: 'medium', cvssScore: 6.5 });
    const withVector = ADVISORY_DATABASE.advisories.find((a) => a.ecosystem === 'PyPI' && a.cvssVector?.startsWith('CVSS:3'));
    expect(withVector?.cvssScore).toEqual(expect.any(Number));
    expect(withVector?.severity).not.toBe('unknown');
  });
});
