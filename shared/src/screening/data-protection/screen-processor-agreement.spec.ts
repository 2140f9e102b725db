import { describe, expect, it } from 'vitest';
import type { ComplianceDeclaration } from '../../submissions/compliance-declaration.js';
import { makeScreeningContext } from '../screening-fixtures.js';
import { processorAgreementRule } from './screen-processor-agreement.js';

const outcomeOf = (declaration: ComplianceDeclaration) =>
  processorAgreementRule.evaluate(makeScreeningContext({ declaration }))[0];

describe('processorAgreementRule', () => {
  it('passes when the vendor signs the Danish standard clauses', () => {
    expect(outcomeOf({ processorAgreement: true, personalDataCategories: ['contact'] })).toMatchObject({
      outcome: 'pass',
      severity: 'major',
    });
  });

  it('fails when the vendor refuses a processor agreement', () => {
    expect(outcomeOf({ processorAgreement: false, personalDataCategories: ['contact'] })?.outcome).toBe('fail');
  });

  it('asks for review when the answer is missing', () => {
    expect(outcomeOf({})?.outcome).toBe('needs-review');
  });

  it('does not require an agreement when no personal data is processed', () => {
    expect(outcomeOf({ processorAgreement: false, personalDataCategories: [] })).toMatchObject({
      outcome: 'pass',
      severity: 'info',
    });
  });
});
