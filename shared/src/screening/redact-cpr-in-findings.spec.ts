import { describe, expect, it } from 'vitest';
import { redactCprInFindings } from './redact-cpr-in-findings.js';
import type { Finding } from './ruleset-types.js';

// 15 March 1985 with a serial that passes modulo 11.
const CPR = '150385-1004';

describe('redactCprInFindings', () => {
  it('masks CPR numbers at any depth of the evidence and in the explanation', () => {
    const finding: Finding = {
      ruleId: 'x',
      area: 'security',
      severity: 'minor',
      outcome: 'warn',
      evidence: { fileName: `${CPR}.pdf`, names: [`a ${CPR}`], places: [{ excerpt: `b ${CPR}` }], count: 1 },
      explanation: { da: `fil ${CPR}`, en: `file ${CPR}` },
      reference: 'r',
    };
    const [redacted] = redactCprInFindings([finding]);
    expect(redacted).toEqual({
      ...finding,
      evidence: { fileName: '15XXXX-XXXX.pdf', names: ['a 15XXXX-XXXX'], places: [{ excerpt: 'b 15XXXX-XXXX' }], count: 1 },
      explanation: { da: 'fil 15XXXX-XXXX', en: 'file 15XXXX-XXXX' },
    });
  });

  it('leaves findings without CPR numbers as they were', () => {
    const finding: Finding = {
      ruleId: 'x',
      area: 'security',
      severity: 'minor',
      outcome: 'pass',
      evidence: { invoice: '123456789012', ok: true, none: null },
      explanation: { da: 'a', en: 'a' },
      reference: 'r',
    };
    expect(redactCprInFindings([finding])).toEqual([finding]);
  });
});
