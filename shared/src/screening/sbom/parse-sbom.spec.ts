import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { parseSbom, parseSbomBytes } from './parse-sbom.js';
import { cycloneDx, spdx } from './sbom-fixtures.js';


describe('parseSbom', () => {
  it('lists CycloneDX components, nested ones included, but not the product itself', () => {
    expect(parseSbom(cycloneDx)).toEqual({
      ok: true,
      format: 'cyclonedx',
      specVersion: '1.5',
      components: [
        { name: 'lodash', version: '4.17.4', purl: 'pkg:npm/lodash@4.17.4' },
        { name: 'Django', version: '3.2.1', purl: 'pkg:pypi/django@3.2.1' },
        { name: 'sqlparse', version: '0.4.1', purl: null },
      ],
    });
  });

  it('refuses CycloneDX older than 1.4', () => {
    expect(parseSbom({ ...cycloneDx, specVersion: '1.3' })).toEqual({ ok: false, error: expect.stringContaining('older than 1.4'), recognised: true });
  });

  it('lists SPDX packages with their purl from the package-manager references', () => {
    expect(parseSbom(spdx)).toEqual({
      ok: true,
      format: 'spdx',
      specVersion: '2.3',
      components: [
        { name: 'lodash', version: '4.17.4', purl: 'pkg:npm/lodash@4.17.4' },
        { name: 'requests', version: '2.19.0', purl: null },
      ],
    });
  });

  it('accepts the SPDX 2.2 spelling of the package-manager category', () => {
    const v22 = { ...spdx, spdxVersion: 'SPDX-2.2', packages: [{ name: 'a', versionInfo: '1', externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/a@1' }] }] };
    expect(parseSbom(v22)).toMatchObject({ ok: true, components: [{ purl: 'pkg:npm/a@1' }] });
  });

  it('refuses other SPDX versions and other JSON', () => {
    expect(parseSbom({ spdxVersion: 'SPDX-2.1', packages: [] }).ok).toBe(false);
    expect(parseSbom({ '@context': 'https://spdx.org/rdf/3.0.0/spdx-context.jsonld' })).toMatchObject({ ok: false, error: expect.stringContaining('SPDX 3') });
    expect(parseSbom({ name: 'package.json' }).ok).toBe(false);
    expect(parseSbom([1, 2]).ok).toBe(false);
  });
});

describe('parseSbomBytes', () => {
  it('reports malformed JSON as an error result', () => {
    expect(parseSbomBytes(strToU8('{"bomFormat": "CycloneDX",'))).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') });
  });

  it('reads a UTF-8 BOM-prefixed file', () => {
    expect(parseSbomBytes(strToU8(`\uFEFF${JSON.stringify(cycloneDx)}`)).ok).toBe(true);
  });
});
