import { describe, expect, it } from 'vitest';
import type { ComplianceDeclaration } from '../../submissions/compliance-declaration.js';
import { makeScreeningContext } from '../screening-fixtures.js';
import { certificationsRule } from './screen-certifications.js';

// asOf in the fixture is 2026-11-27.
const evaluate = (declaration: ComplianceDeclaration) => certificationsRule.evaluate(makeScreeningContext({ declaration }));

describe('certificationsRule', () => {
  it('passes a current ISO/IEC 27001 certificate', () => {
    const [finding] = evaluate({ certifications: [{ kind: 'iso27001', validUntil: '2027-03-01' }] });
    expect(finding).toMatchObject({ outcome: 'pass', area: 'security', evidence: { current: ['ISO/IEC 27001'] } });
  });

  it('passes SOC 2 Type II and ISAE reports without an expiry date', () => {
    expect(evaluate({ certifications: [{ kind: 'soc2-type2', issued: '2026-06-30' }] })[0]?.outcome).toBe('pass');
    expect(evaluate({ certifications: [{ kind: 'isae3402' }] })[0]?.outcome).toBe('pass');
    expect(evaluate({ certifications: [{ kind: 'isae3000' }] })[0]?.outcome).toBe('pass');
  });

  it('counts a certificate valid until the screening day as current', () => {
    expect(evaluate({ certifications: [{ kind: 'iso27001', validUntil: '2026-11-27' }] })[0]?.outcome).toBe('pass');
  });

  it('warns when every certificate has expired before the screening day', () => {
    const [finding] = evaluate({ certifications: [{ kind: 'iso27001', validUntil: '2026-11-26' }] });
    expect(finding).toMatchObject({ outcome: 'warn', evidence: { expired: ['ISO/IEC 27001 (2026-11-26)'] } });
  });

  it('warns without certificates and asks for review when none are stated', () => {
    expect(evaluate({ certifications: [] })[0]?.outcome).toBe('warn');
    expect(evaluate({})[0]?.outcome).toBe('needs-review');
  });

  it('notes D-mærket as an info plus that never replaces a recognised certificate', () => {
    const findings = evaluate({ certifications: [{ kind: 'd-maerket' }] });
    expect(findings.map((f) => [f.outcome, f.severity])).toEqual([
      ['warn', 'major'],
      ['pass', 'info'],
    ]);
    expect(findings[1]?.explanation.en).toMatch(/never a requirement/);
  });

  it('gives a firm without D-mærket the same main outcome as one with it', () => {
    const withSeal = evaluate({ certifications: [{ kind: 'iso27001' }, { kind: 'd-maerket' }] })[0];
    const withoutSeal = evaluate({ certifications: [{ kind: 'iso27001' }] })[0];
    expect(withSeal).toEqual(withoutSeal);
  });
});
