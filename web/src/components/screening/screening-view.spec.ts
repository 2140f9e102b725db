import { describe, expect, it } from 'vitest';
import type { Finding } from '../../api/client.js';
import { evidenceEntries, failedBlockers, groupFindings, identityLeaksFlagged, responseDeadline } from './screening-view.js';

function finding(overrides: Partial<Finding>): Finding {
  return { ruleId: 'r', area: 'security', severity: 'minor', outcome: 'pass', evidence: {}, explanation: { da: 'd', en: 'e' }, reference: 'ref', ...overrides };
}

describe('screening report layout', () => {
  it('groups findings by area in the fixed order and counts each outcome', () => {
    const groups = groupFindings([
      finding({ ruleId: 'climate.co2', area: 'climate', outcome: 'needs-review' }),
      finding({ ruleId: 'security.mfa', outcome: 'fail' }),
      finding({ ruleId: 'security.pentest', outcome: 'pass' }),
    ]);
    expect(groups.map((g) => g.area)).toEqual(['security', 'data-protection', 'climate', 'sovereignty']);
    expect(groups[0]!.findings.map((f) => f.ruleId)).toEqual(['security.mfa', 'security.pentest']);
    expect(groups[0]!.counts).toEqual({ pass: 1, warn: 0, fail: 1, 'needs-review': 0 });
    expect(groups[1]!.findings).toEqual([]);
    expect(groups[2]!.counts['needs-review']).toBe(1);
  });

  it('asks for a decision only on failed blockers, once per rule', () => {
    const blockers = failedBlockers([
      finding({ ruleId: 'dp.cpr', severity: 'blocker', outcome: 'fail' }),
      finding({ ruleId: 'dp.cpr', severity: 'blocker', outcome: 'fail', evidence: { file: 'b.txt' } }),
      finding({ ruleId: 'dp.transfer', severity: 'blocker', outcome: 'needs-review' }),
      finding({ ruleId: 'sec.mfa', severity: 'major', outcome: 'fail' }),
    ]);
    expect(blockers.map((b) => b.ruleId)).toEqual(['dp.cpr']);
  });

  it('flags identity leaks unless the leak rule passed', () => {
    expect(identityLeaksFlagged([finding({ ruleId: 'identity.blind-review-leaks', outcome: 'pass' })])).toBe(false);
    expect(identityLeaksFlagged([finding({ ruleId: 'identity.blind-review-leaks', outcome: 'warn' })])).toBe(true);
    expect(identityLeaksFlagged([])).toBe(false);
  });

  it('shows evidence as text, lists joined and objects as JSON', () => {
    expect(evidenceEntries({ file: 'plan.pdf', count: 3, ok: false, countries: ['DK', 'DE'], places: [{ page: 2 }], missing: null })).toEqual([
      { key: 'file', text: 'plan.pdf' },
      { key: 'count', text: '3' },
      { key: 'ok', text: 'false' },
      { key: 'countries', text: 'DK, DE' },
      { key: 'places', text: '[{"page":2}]' },
      { key: 'missing', text: '–' },
    ]);
  });

  it('ends the response period the given number of days after the report, ten by default', () => {
    expect(responseDeadline('2026-12-01T10:00:00.000Z', 5).toISOString()).toBe('2026-12-06T10:00:00.000Z');
    expect(responseDeadline('2026-12-01T10:00:00.000Z', null).toISOString()).toBe('2026-12-11T10:00:00.000Z');
  });
});
