import { describe, expect, it } from 'vitest';
import type { ComplianceDeclaration } from '../../submissions/compliance-declaration.js';
import { makeScreeningContext } from '../screening-fixtures.js';
import { dpiaRule, dpiaTriggers } from './screen-dpia.js';

const outcomeOf = (declaration: ComplianceDeclaration) => dpiaRule.evaluate(makeScreeningContext({ declaration }))[0];

describe('dpiaTriggers', () => {
  it('names special categories, CPR numbers and AI profiling, and nothing else', () => {
    expect(dpiaTriggers({ personalDataCategories: ['contact', 'health', 'cpr', 'criminal-offences'], aiProfiling: true })).toEqual([
      'health',
      'cpr',
      'criminal-offences',
      'ai-profiling',
    ]);
    expect(dpiaTriggers({ personalDataCategories: ['contact', 'location'], aiProfiling: false })).toEqual([]);
  });
});

describe('dpiaRule', () => {
  it('passes when a required DPIA has been done', () => {
    expect(outcomeOf({ personalDataCategories: ['health'], dpiaDone: true })?.outcome).toBe('pass');
  });

  it('fails when health data is processed without a DPIA', () => {
    const finding = outcomeOf({ personalDataCategories: ['health'], dpiaDone: false });
    expect(finding).toMatchObject({ outcome: 'fail', severity: 'major', evidence: { triggers: ['health'] } });
  });

  it('requires a DPIA for CPR numbers and for AI profiling', () => {
    expect(outcomeOf({ personalDataCategories: ['cpr'], dpiaDone: false })?.outcome).toBe('fail');
    expect(outcomeOf({ aiProfiling: true, dpiaDone: false })?.outcome).toBe('fail');
    expect(outcomeOf({ aiProfiling: true })?.outcome).toBe('needs-review');
  });

  it('does not require a DPIA for ordinary contact data', () => {
    expect(outcomeOf({ personalDataCategories: ['contact'], dpiaDone: false })).toMatchObject({ outcome: 'pass', severity: 'info' });
  });

  it('asks for review when the categories are not declared', () => {
    expect(outcomeOf({ dpiaDone: false })?.outcome).toBe('needs-review');
  });
});
