import { describe, expect, it } from 'vitest';
import { doc } from '../documents/test-fixtures.js';
import { makeScreeningContext } from '../screening-fixtures.js';
import { cycloneDx, spdx } from './sbom-fixtures.js';
import { sbomRule } from './screen-sbom.js';

const SBOM_ID = '6f1c0c6e-2d1b-4a53-9a55-2f6a3c1d9e10';

describe('sbomRule', () => {
  it('passes a CycloneDX SBOM named in the declaration, counting its components', () => {
    const context = makeScreeningContext({
      declaration: { sbomAttachmentId: SBOM_ID },
      documents: [doc('bom.json', JSON.stringify(cycloneDx), SBOM_ID)],
    });
    expect(sbomRule.evaluate(context)).toEqual([
      expect.objectContaining({ ruleId: 'security.sbom', outcome: 'pass', evidence: expect.objectContaining({ format: 'cyclonedx', specVersion: '1.5', componentCount: 3 }) }),
    ]);
  });

  it('finds an undeclared SPDX SBOM among the JSON documents', () => {
    const context = makeScreeningContext({ documents: [doc('package.json', '{"name":"x"}'), doc('app.spdx.json', JSON.stringify(spdx))] });
    expect(sbomRule.evaluate(context)[0]).toMatchObject({ outcome: 'pass', evidence: { format: 'spdx', componentCount: 2, fileName: 'app.spdx.json' } });
  });

  it('asks for review, not failure, when there is no SBOM', () => {
    const [finding] = sbomRule.evaluate(makeScreeningContext({ documents: [doc('package.json', '{"name":"x"}')] }));
    expect(finding).toMatchObject({ outcome: 'needs-review', severity: 'minor', evidence: { componentCount: 0 } });
  });

  it('asks for review when the declared SBOM is not among the documents', () => {
    const [finding] = sbomRule.evaluate(makeScreeningContext({ declaration: { sbomAttachmentId: SBOM_ID } }));
    expect(finding).toMatchObject({ outcome: 'needs-review', evidence: { attachmentId: SBOM_ID } });
  });

  it('asks for review when the SBOM cannot be read', () => {
    const context = makeScreeningContext({ documents: [doc('sbom.json', '{"bomFormat": "CycloneDX", "specVersion": ')] });
    const [finding] = sbomRule.evaluate(context);
    expect(finding).toMatchObject({ outcome: 'needs-review', evidence: { fileName: 'sbom.json', error: expect.stringContaining('not valid JSON') } });
  });

  it('asks for review of a CycloneDX version that is too old', () => {
    const context = makeScreeningContext({ documents: [doc('export.json', JSON.stringify({ ...cycloneDx, specVersion: '1.2' }))] });
    expect(sbomRule.evaluate(context)[0]).toMatchObject({ outcome: 'needs-review', evidence: { error: expect.stringContaining('older than 1.4') } });
  });
});
