import { describe, expect, it } from 'vitest';
import { parsePurl, purlPackage } from './parse-purl.js';

describe('parsePurl', () => {
  it('parses a scoped npm package with its percent-encoded namespace', () => {
    expect(parsePurl('pkg:npm/%40angular/core@16.2.0')).toEqual({
      type: 'npm',
      namespace: '@angular',
      name: 'core',
      version: '16.2.0',
      qualifiers: {},
      subpath: null,
    });
  });

  it('accepts an unencoded scope, as some tools write it', () => {
    expect(parsePurl('pkg:npm/@babel/traverse@7.22.0')).toMatchObject({ namespace: '@babel', name: 'traverse', version: '7.22.0' });
  });

  it('parses qualifiers and subpath and decodes the version', () => {
    expect(parsePurl('pkg:pypi/Django@3.2.1%2Blocal?repository_url=https%3A%2F%2Fexample.org#src/x')).toMatchObject({
      type: 'pypi',
      name: 'Django',
      version: '3.2.1+local',
      qualifiers: { repository_url: 'https://example.org' },
      subpath: 'src/x',
    });
  });

  it('allows a package without a version', () => {
    expect(parsePurl('pkg:pypi/requests')).toMatchObject({ name: 'requests', version: null });
  });

  it('rejects what is not a purl', () => {
    for (const bad of ['npm/lodash@1.0.0', 'pkg:', 'pkg:npm', 'pkg:npm/%E0%A4%A@1', 'https://example.org']) expect(parsePurl(bad)).toBeNull();
  });
});

describe('purlPackage', () => {
  it('joins an npm scope to the name', () => {
    expect(purlPackage(parsePurl('pkg:npm/%40Scope/Name@1.0.0')!)).toEqual({ ecosystem: 'npm', name: '@scope/name' });
  });

  it('normalises PyPI names per PEP 503', () => {
    expect(purlPackage(parsePurl('pkg:pypi/Zope.Interface@5.0')!)).toEqual({ ecosystem: 'PyPI', name: 'zope-interface' });
  });

  it('returns null for ecosystems without advisory data', () => {
    expect(purlPackage(parsePurl('pkg:maven/org.apache/log4j@2.14.0')!)).toBeNull();
  });
});
