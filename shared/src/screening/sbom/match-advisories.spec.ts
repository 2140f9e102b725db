import { describe, expect, it } from 'vitest';
import type { AdvisoryDatabase, AdvisoryRange } from './advisory-data.js';
import { buildAdvisoryIndex, checkComponent, versionInRange, worstSeverity } from './match-advisories.js';

const advisory = (overrides: Partial<AdvisoryDatabase['advisories'][number]>): AdvisoryDatabase['advisories'][number] => ({
  id: 'TEST-1',
  aliases: [],
  ecosystem: 'npm',
  package: 'left-pad',
  ranges: [{ type: 'semver', vulnerable: '<1.2.0' }],
  severity: 'high',
  cvssScore: 7.5,
  cvssVector: null,
  summary: 'test',
  url: null,
  ...overrides,
});

describe('versionInRange', () => {
  it('matches npm semver ranges, letting a patched range override', () => {
    const range: AdvisoryRange = { type: 'semver', vulnerable: '<1.6.5 || < 2.1.7 > 2.0.0', patched: '~1.6.5 || >=2.1.7' };
    expect(versionInRange('npm', '1.6.4', range)).toBe(true);
    expect(versionInRange('npm', '1.6.5', range)).toBe(false);
    expect(versionInRange('npm', '2.1.0', range)).toBe(true);
    expect(versionInRange('npm', '2.1.7', range)).toBe(false);
  });

  it('counts pre-releases of vulnerable versions as vulnerable', () => {
    expect(versionInRange('npm', '1.0.0-beta.1', { type: 'semver', vulnerable: '<1.2.0' })).toBe(true);
  });

  it('evaluates OSV events with PEP 440 ordering', () => {
    const range: AdvisoryRange = { type: 'ecosystem', events: [{ introduced: '4.0' }, { fixed: '4.3' }, { introduced: '5.0' }, { fixed: '5.2' }] };
    expect(versionInRange('PyPI', '3.9', range)).toBe(false);
    expect(versionInRange('PyPI', '4.0', range)).toBe(true);
    expect(versionInRange('PyPI', '4.2.99', range)).toBe(true);
    expect(versionInRange('PyPI', '4.3', range)).toBe(false);
    expect(versionInRange('PyPI', '4.10', range)).toBe(false);
    expect(versionInRange('PyPI', '5.2rc1', range)).toBe(true);
    expect(versionInRange('PyPI', '5.2', range)).toBe(false);
  });

  it('treats introduced 0 as the first version and last_affected as inclusive', () => {
    const range: AdvisoryRange = { type: 'ecosystem', events: [{ introduced: '0' }, { lastAffected: '2.0' }] };
    expect(versionInRange('PyPI', '0.0.1', range)).toBe(true);
    expect(versionInRange('PyPI', '2.0', range)).toBe(true);
    expect(versionInRange('PyPI', '2.0.post1', range)).toBe(false);
  });

  it('sorts events before evaluating them', () => {
    expect(versionInRange('PyPI', '1.5', { type: 'ecosystem', events: [{ fixed: '2.0' }, { introduced: '1.0' }] })).toBe(true);
  });

  it('evaluates OSV events for npm with semver ordering', () => {
    const range: AdvisoryRange = { type: 'ecosystem', events: [{ introduced: '0' }, { fixed: '4.17.21' }] };
    expect(versionInRange('npm', '4.17.20', range)).toBe(true);
    expect(versionInRange('npm', '4.17.21', range)).toBe(false);
  });

  it('matches explicit version lists with PEP 440 equality', () => {
    expect(versionInRange('PyPI', '1.0.0', { type: 'versions', versions: ['1.0', '1.1'] })).toBe(true);
    expect(versionInRange('PyPI', '1.2', { type: 'versions', versions: ['1.0', '1.1'] })).toBe(false);
  });

  it('says it cannot tell when the version is unreadable', () => {
    expect(versionInRange('npm', 'latest', { type: 'semver', vulnerable: '<1.0.0' })).toBeNull();
    expect(versionInRange('PyPI', 'main-branch', { type: 'ecosystem', events: [{ introduced: '0' }] })).toBeNull();
  });
});

describe('checkComponent', () => {
  const index = buildAdvisoryIndex({
    source: 'test',
    checked: '2026-11-27',
    counts: { npm: 2, PyPI: 1 },
    advisories: [
      advisory({}),
      advisory({ id: 'TEST-SCOPED', package: '@acme/widgets', ranges: [{ type: 'semver', vulnerable: '<=2.0.0' }] }),
      advisory({ id: 'PY-1', ecosystem: 'PyPI', package: 'zope-interface', ranges: [{ type: 'ecosystem', events: [{ introduced: '0' }, { fixed: '5.0' }] }] }),
    ],
  });

  it('matches by purl, decoding a scoped npm name', () => {
    const result = checkComponent({ name: 'widgets', version: null, purl: 'pkg:npm/%40acme/widgets@1.9.0' }, index);
    expect(result).toMatchObject({ status: 'checked', match: { ecosystem: 'npm', package: '@acme/widgets', version: '1.9.0', advisories: [{ id: 'TEST-SCOPED' }] } });
  });

  it('matches by name and version in both ecosystems when there is no purl', () => {
    expect(checkComponent({ name: 'Zope.Interface', version: '4.7', purl: null }, index)).toMatchObject({ status: 'checked', match: { ecosystem: 'PyPI' } });
    expect(checkComponent({ name: 'left-pad', version: '1.1.0', purl: null }, index)).toMatchObject({ status: 'checked', match: { ecosystem: 'npm' } });
  });

  it('finds nothing for a fixed version', () => {
    expect(checkComponent({ name: 'left-pad', version: '1.3.0', purl: 'pkg:npm/left-pad@1.3.0' }, index)).toEqual({ status: 'checked', match: null });
  });

  it('does not match a PyPI advisory to an npm package of the same name', () => {
    expect(checkComponent({ name: 'zope-interface', version: '1.0.0', purl: 'pkg:npm/zope-interface@1.0.0' }, index)).toEqual({ status: 'checked', match: null });
  });

  it('reports what it could not check', () => {
    expect(checkComponent({ name: 'left-pad', version: null, purl: null }, index)).toEqual({ status: 'unchecked', reason: 'no-version' });
    expect(checkComponent({ name: 'log4j', version: '2.14.0', purl: 'pkg:maven/org.apache/log4j@2.14.0' }, index)).toEqual({ status: 'unchecked', reason: 'unsupported-ecosystem' });
    expect(checkComponent({ name: 'left-pad', version: 'git+https://x', purl: 'pkg:npm/left-pad@git-main' }, index)).toEqual({ status: 'unchecked', reason: 'unreadable-version' });
  });

  it('finds real advisories in the shipped data', () => {
    const lodash = checkComponent({ name: 'lodash', version: '4.17.4', purl: 'pkg:npm/lodash@4.17.4' });
    expect(lodash.status === 'checked' && lodash.match?.advisories.map((a) => a.id)).toEqual(expect.arrayContaining(['NSWG-ECO-368', 'NSWG-ECO-493']));
    const django = checkComponent({ name: 'Django', version: '3.2.1', purl: 'pkg:pypi/django@3.2.1' });
    expect(django.status === 'checked' && django.match!.advisories.length).toBeGreaterThan(3);
    const current = checkComponent({ name: 'lodash', version: '4.17.21', purl: 'pkg:npm/lodash@4.17.21' });
    expect(current).toEqual({ status: 'checked', match: null });
  });
});

describe('worstSeverity', () => {
  it('ranks unknown between low and medium', () => {
    expect(worstSeverity([advisory({ severity: 'low' }), advisory({ severity: 'unknown' })])).toBe('unknown');
    expect(worstSeverity([advisory({ severity: 'unknown' }), advisory({ severity: 'medium' })])).toBe('medium');
    expect(worstSeverity([advisory({ severity: 'critical' }), advisory({ severity: 'high' })])).toBe('critical');
  });
});
