import { describe, expect, it } from 'vitest';
import type { ComplianceDeclaration } from '../../submissions/compliance-declaration.js';
import { makeScreeningContext } from '../screening-fixtures.js';
import { openStandardsRule } from './screen-open-standards.js';

const evaluate = (declaration: ComplianceDeclaration) => openStandardsRule.evaluate(makeScreeningContext({ declaration }));

describe('openStandardsRule', () => {
  it('passes when both open standards and export formats are declared', () => {
    expect(evaluate({ openStandards: ['OIDC', 'OpenAPI 3.1'], dataExportFormats: ['CSV', 'JSON'] })[0]).toMatchObject({
      ruleId: 'sovereignty.open-standards',
      outcome: 'pass',
      evidence: { openStandards: ['OIDC', 'OpenAPI 3.1'], dataExportFormats: ['CSV', 'JSON'] },
    });
  });

  it('warns when nothing is declared', () => {
    const [finding] = evaluate({});
    expect(finding).toMatchObject({ outcome: 'warn', severity: 'minor' });
    expect(finding!.explanation.en).toContain('open standards or data export formats');
  });

  it('warns and names what is missing when only one is declared', () => {
    const [finding] = evaluate({ openStandards: ['OIDC'], dataExportFormats: ['  '] });
    expect(finding).toMatchObject({ outcome: 'warn', evidence: { dataExportFormats: [] } });
    expect(finding!.explanation.en).toBe('No data export formats declared; that makes changing vendor harder.');
  });
});
