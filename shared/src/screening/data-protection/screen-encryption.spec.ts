import { describe, expect, it } from 'vitest';
import type { ComplianceDeclaration } from '../../submissions/compliance-declaration.js';
import { makeScreeningContext } from '../screening-fixtures.js';
import { encryptionRule } from './screen-encryption.js';

const outcomeOf = (declaration: ComplianceDeclaration) => encryptionRule.evaluate(makeScreeningContext({ declaration }))[0];

describe('encryptionRule', () => {
  it('passes encryption in transit and at rest and notes who holds the keys', () => {
    const finding = outcomeOf({ encryptionInTransit: true, encryptionAtRest: true, encryptionKeyHolder: 'customer' });
    expect(finding).toMatchObject({ outcome: 'pass', evidence: { keyHolder: 'customer' } });
    expect(finding?.explanation.en).toMatch(/municipality holds the keys/);
  });

  it('fails when data at rest is not encrypted', () => {
    const finding = outcomeOf({ encryptionInTransit: true, encryptionAtRest: false });
    expect(finding?.outcome).toBe('fail');
    expect(finding?.explanation.en).toMatch(/not encrypted at rest/);
    expect(finding?.explanation.en).toMatch(/Not stated who holds the keys/);
  });

  it('tells a refusal apart from a missing answer', () => {
    const finding = outcomeOf({ encryptionInTransit: false });
    expect(finding?.outcome).toBe('fail');
    expect(finding?.explanation.en).toMatch(/not encrypted in transit\. Not stated whether data is encrypted at rest/);
    expect(outcomeOf({ encryptionInTransit: true })?.outcome).toBe('needs-review');
  });
});
