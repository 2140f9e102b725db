import { describe, expect, it } from 'vitest';
import { doc } from '../documents/test-fixtures.js';
import { makeScreeningContext } from '../screening-fixtures.js';
import { cycloneDx, spdx } from './sbom-fixtures.js';
import { sbomVulnerabilitiesRule } from './screen-sbom-vulnerabilities.js';

function evaluate(sbom: unknown) {
  return sbomVulnerabilitiesRule.evaluate(makeScreeningContext({ documents: [doc('bom.json', JSON.stringify(sbom))] }));
}

const component = (name: string, version: string, purl?: string) => ({ type: 'library', name, version, ...(purl ? { purl } : {}) });

describe('sbomVulnerabilitiesRule', () => {
  it('gives one finding per vulnerable component, with advisory ids and the component count', () => {
    const findings = evaluate(cycloneDx);
    const packages = findings.map((finding) => finding.evidence.package);
    expect(packages).toEqual(['lodash', 'django', 'sqlparse']);
    for (const finding of findings) {
      expect(finding.ruleId).toBe('security.sbom-vulnerabilities');
      expect(finding.evidence.componentCount).toBe(3);
      expect((finding.evidence.advisoryIds as string[]).length).toBeGreaterThan(0);
    }
    expect(findings[0]!.evidence.advisoryIds).toEqual(expect.arrayContaining(['NSWG-ECO-368', 'NSWG-ECO-493']));
  });

  it('fails a component with a high-severity advisory as major', () => {
    // lodash 4.17.4: NSWG-ECO-493 (prototype pollution) is rated high by the WG.
    const [lodash] = evaluate({ ...cycloneDx, components: [component('lodash', '4.17.4', 'pkg:npm/lodash@4.17.4')] });
    expect(lodash).toMatchObject({ outcome: 'fail', severity: 'major', evidence: { worstSeverity: 'high' } });
  });

  it('warns, as minor, about a medium-severity advisory', () => {
    // express 4.4.0: NSWG-ECO-8 is rated medium.
    const [express] = evaluate({ ...cycloneDx, components: [component('express', '4.4.0', 'pkg:npm/express@4.4.0')] });
    expect(express).toMatchObject({ outcome: 'warn', severity: 'minor', evidence: { worstSeverity: 'medium', advisoryIds: ['NSWG-ECO-8'] } });
  });

  it('only notes a low-severity advisory', () => {
    // cli 0.11.0: NSWG-ECO-95 is rated low by the WG, and nothing else matches.
    const [cli] = evaluate({ ...cycloneDx, components: [component('cli', '0.11.0', 'pkg:npm/cli@0.11.0')] });
    expect(cli).toMatchObject({ outcome: 'warn', severity: 'info', evidence: { worstSeverity: 'low', advisoryIds: ['NSWG-ECO-95'] } });
  });

  it('warns, as minor, about an advisory without a rating, as most PyPI records are', () => {
    // admesh 0.98.4: PYSEC-2022-182 carries no CVSS rating.
    const [admesh] = evaluate({ ...cycloneDx, components: [component('admesh', '0.98.4', 'pkg:pypi/admesh@0.98.4')] });
    expect(admesh).toMatchObject({ outcome: 'warn', severity: 'minor', evidence: { ecosystem: 'PyPI', worstSeverity: 'unknown', advisoryIds: ['PYSEC-2022-182'] } });
  });

  it('passes an SBOM of current versions, with the component count', () => {
    const current = { ...spdx, packages: [{ name: 'lodash', versionInfo: '4.17.21', externalRefs: [] }, { name: 'requests', versionInfo: '2.32.3' }] };
    expect(evaluate(current)).toEqual([
      expect.objectContaining({ outcome: 'pass', evidence: expect.objectContaining({ componentCount: 2, vulnerableComponents: 0, uncheckedComponents: 0 }) }),
    ]);
  });

  it('counts components it could not check', () => {
    const mixed = { ...cycloneDx, components: [component('log4j-core', '2.14.0', 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.0'), { type: 'library', name: 'x' }] };
    expect(evaluate(mixed)[0]).toMatchObject({ outcome: 'pass', evidence: { componentCount: 2, uncheckedComponents: 2 } });
  });

  it('lists a component that appears twice only once', () => {
    const twice = { ...cycloneDx, components: [component('lodash', '4.17.4', 'pkg:npm/lodash@4.17.4'), component('lodash', '4.17.4', 'pkg:npm/lodash@4.17.4')] };
    expect(evaluate(twice)).toHaveLength(1);
  });

  it('notes, without penalty, that nothing was checked when there is no SBOM', () => {
    const [finding] = sbomVulnerabilitiesRule.evaluate(makeScreeningContext({ documents: [] }));
    expect(finding).toMatchObject({ outcome: 'needs-review', severity: 'info', evidence: { componentCount: 0 } });
  });
});
