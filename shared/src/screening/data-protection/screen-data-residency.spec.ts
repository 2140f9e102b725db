import { describe, expect, it } from 'vitest';
import type { ComplianceDeclaration } from '../../submissions/compliance-declaration.js';
import { makeScreeningContext } from '../screening-fixtures.js';
import { dataResidencyRule } from './screen-data-residency.js';

const evaluate = (declaration: ComplianceDeclaration) => dataResidencyRule.evaluate(makeScreeningContext({ declaration }));

describe('dataResidencyRule', () => {
  it('passes hosting in the EEA with EEA and adequacy-country sub-processors', () => {
    const [finding] = evaluate({
      hostingCountries: ['DK', 'SE'],
      subProcessors: [
        { name: 'Mailer AG', country: 'CH', transferBasis: 'adequacy' },
        { name: 'Support Ltd', country: 'GB', transferBasis: 'adequacy' },
      ],
    });
    expect(finding).toMatchObject({ outcome: 'pass', area: 'data-protection' });
    expect(finding?.evidence.transfers).toEqual([
      { recipient: 'hosting', role: 'hosting', country: 'DK', classification: 'eea' },
      { recipient: 'hosting', role: 'hosting', country: 'SE', classification: 'eea' },
      { recipient: 'Mailer AG', role: 'sub-processor', country: 'CH', classification: 'adequacy' },
      expect.objectContaining({ recipient: 'Support Ltd', country: 'GB', classification: 'adequacy' }),
    ]);
  });

  it('passes a DPF-certified US sub-processor with the note in the explanation', () => {
    const [finding] = evaluate({
      hostingCountries: ['DK'],
      subProcessors: [{ name: 'Cloud Inc', country: 'US', transferBasis: 'adequacy', dpfCertified: true }],
    });
    expect(finding?.outcome).toBe('pass');
    expect(finding?.explanation.en).toMatch(/Data Privacy Framework/);
  });

  it('fails as a blocker when a sub-processor sends data to a third country without safeguards', () => {
    const [finding] = evaluate({
      hostingCountries: ['DK'],
      subProcessors: [
        { name: 'Cloud Inc', country: 'US', transferBasis: 'adequacy', dpfCertified: false },
        { name: 'Ops Pvt', country: 'IN', transferBasis: 'scc', transferImpactAssessment: true },
      ],
    });
    expect(finding).toMatchObject({ outcome: 'fail', severity: 'blocker' });
    expect(finding?.explanation.en).toContain('US (Cloud Inc)');
    expect(finding?.explanation.en).not.toContain('IN (Ops Pvt)');
  });

  it('fails as major when SCCs are used and the vendor says there is no transfer impact assessment', () => {
    const [finding] = evaluate({
      hostingCountries: ['IN'],
      hostingTransferBasis: 'scc',
      hostingTransferImpactAssessment: false,
      subProcessors: [],
    });
    expect(finding).toMatchObject({ outcome: 'fail', severity: 'major' });
  });

  it('asks for review when the hosting countries or sub-processors are not declared', () => {
    expect(evaluate({})[0]).toMatchObject({ outcome: 'needs-review', severity: 'major' });
    expect(evaluate({ hostingCountries: ['DK'] })[0]?.explanation.en).toMatch(/sub-processors are not stated/);
    expect(evaluate({ hostingCountries: ['DK'], subProcessors: [] })[0]?.outcome).toBe('pass');
  });

  it('asks for review when a third-country hosting basis is not stated', () => {
    const [finding] = evaluate({ hostingCountries: ['SG'], subProcessors: [] });
    expect(finding).toMatchObject({ outcome: 'needs-review' });
    expect(finding?.evidence.transfers).toEqual([
      { recipient: 'hosting', role: 'hosting', country: 'SG', classification: 'fail', problem: 'basis-not-declared' },
    ]);
  });
});
