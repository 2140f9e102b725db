import { describe, expect, it } from 'vitest';
import { ALL_RULES, assertUniqueRuleIds, EXTRACTION_PROBLEM_RULE, RULE_DESCRIPTORS, RULESET_VERSION } from './ruleset.js';
import { SCREENING_AREAS, SEVERITIES } from './ruleset-types.js';
import { makeScreeningContext } from './screening-fixtures.js';

describe('the ruleset', () => {
  it('has a version of the form year.month.sequence', () => {
    expect(RULESET_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });

  it('gives every rule a unique id', () => {
    expect(() => assertUniqueRuleIds(RULE_DESCRIPTORS)).not.toThrow();
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
  });

  it('refuses two rules with the same id', () => {
    expect(() => assertUniqueRuleIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }])).toThrow(/duplicate screening rule ids: a/);
  });

  it('describes every rule with an area, a severity, a title in both languages and a reference', () => {
    for (const rule of RULE_DESCRIPTORS) {
      expect(SCREENING_AREAS).toContain(rule.area);
      expect(SEVERITIES).toContain(rule.severity);
      expect(rule.title.da.trim()).not.toBe('');
      expect(rule.title.en.trim()).not.toBe('');
      expect(rule.reference.trim()).not.toBe('');
    }
  });

  it('lists plain descriptors for screens, including the unreadable-document finding', () => {
    expect(JSON.parse(JSON.stringify(RULE_DESCRIPTORS))).toEqual(RULE_DESCRIPTORS);
    expect(RULE_DESCRIPTORS.map((r) => r.id)).toContain(EXTRACTION_PROBLEM_RULE.id);
    expect(RULE_DESCRIPTORS).toHaveLength(ALL_RULES.length + 1);
  });

  it('includes the security, data-protection and identity rules', () => {
    const ids = ALL_RULES.map((r) => r.id);
    for (const id of ['security.mfa', 'data-protection.cpr-numbers', 'data-protection.residency-and-transfers', 'identity.blind-review-leaks']) {
      expect(ids).toContain(id);
    }
  });

  it('lets every rule judge an empty entry and label its findings with its own id and area', () => {
    const context = makeScreeningContext({ challenge: { blindReview: true } });
    for (const rule of ALL_RULES) {
      const findings = rule.evaluate(context);
      for (const finding of findings) {
        expect(finding.ruleId).toBe(rule.id);
        expect(finding.area).toBe(rule.area);
        expect(finding.explanation.da.trim()).not.toBe('');
        expect(finding.explanation.en.trim()).not.toBe('');
      }
    }
  });
});
