// Small SBOMs for specs: one CycloneDX, one SPDX, naming real packages with known advisories.

export const cycloneDx = {
  bomFormat: 'CycloneDX',
  specVersion: '1.5',
  version: 1,
  metadata: { component: { type: 'application', name: 'our-app', version: '1.0.0' } },
  components: [
    { type: 'library', name: 'lodash', version: '4.17.4', purl: 'pkg:npm/lodash@4.17.4' },
    {
      type: 'framework',
      name: 'Django',
      version: '3.2.1',
      purl: 'pkg:pypi/django@3.2.1',
      components: [{ type: 'library', name: 'sqlparse', version: '0.4.1' }],
    },
  ],
};

export const spdx = {
  spdxVersion: 'SPDX-2.3',
  SPDXID: 'SPDXRef-DOCUMENT',
  name: 'our-app',
  packages: [
    {
      SPDXID: 'SPDXRef-lodash',
      name: 'lodash',
      versionInfo: '4.17.4',
      externalRefs: [{ referenceCategory: 'PACKAGE_MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/lodash@4.17.4' }],
    },
    { SPDXID: 'SPDXRef-req', name: 'requests', versionInfo: '2.19.0' },
  ],
};
