import { describe, expect, it } from 'vitest';
import { extractTexts } from './documents/extract-texts.js';
import { buildReport, screenEntry } from './report.js';
import { RULESET_VERSION } from './ruleset.js';
import type { Finding } from './ruleset-types.js';
import type { TextExtractor } from './run-screening.js';
import { makeScreeningInput } from './screening-fixtures.js';
import { screeningInputHash } from './screening-input-hash.js';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'r',
  area: 'security',
  severity: 'major',
  outcome: 'pass',
  evidence: {},
  explanation: { da: 'x', en: 'x' },
  reference: 'ref',
  ...over,
});

describe('buildReport', () => {
  it('has the shape of the external API contract', () => {
    const input = makeScreeningInput();
    const report = buildReport(input, [finding({ outcome: 'warn' })]);
    expect(Object.keys(report).sort()).toEqual(['areas', 'findings', 'inputHash', 'mandatory', 'rulesetVersion']);
    expect(report.rulesetVersion).toBe(RULESET_VERSION);
    expect(report.inputHash).toBe(screeningInputHash(input, RULESET_VERSION));
    expect(Object.keys(report.areas).sort()).toEqual(['climate', 'data-protection', 'security', 'sovereignty']);
    expect(report.areas.security).toEqual({ score: 80 });
    for (const key of ['ruleId', 'area', 'severity', 'outcome', 'evidence', 'explanation']) {
      expect(report.findings[0]).toHaveProperty(key);
    }
  });

  it('evaluates the mandatory rules the challenge chose', () => {
    const report = buildReport(makeScreeningInput(), [finding({ ruleId: 'm', severity: 'blocker', outcome: 'fail' })], {
      mandatoryRuleIds: ['m'],
    });
    expect(report.mandatory.provisionallyInadmissible).toBe(true);
  });

  it('gives no climate score without a climate reference value', () => {
    const climate = finding({ area: 'climate', evidence: { score: 70 } });
    expect(buildReport(makeScreeningInput(), [climate]).areas.climate.score).toBeNull();
    const withReference = makeScreeningInput({ challenge: { blindReview: false, climateReferenceKgPerYear: 500 } });
    expect(buildReport(withReference, [climate]).areas.climate.score).toBe(70);
  });
});

describe('screenEntry', () => {
  const fakeExtractor: TextExtractor = () => ({
    texts: [{ attachmentId: 'a1', fileName: 'pitch.md', part: '', text: 'Vi er Nordlys Data. Kontakt 150385-1004.' }],
    extractionProblems: [],
  });
  const input = makeScreeningInput({
    challenge: { blindReview: true },
    declaration: { hostingCountries: ['DK'], subProcessors: [], mfa: true, sso: ['oidc'], certifications: [{ kind: 'iso27001' }] },
  });

  it('can be recomputed to the same bytes', () => {
    const deps = { extractTexts: fakeExtractor };
    expect(JSON.stringify(screenEntry(input, deps))).toBe(JSON.stringify(screenEntry(input, deps)));
  });

  it('reports a CPR number and an identity leak without revealing the number', () => {
    const report = screenEntry(input, { extractTexts: fakeExtractor });
    const byRule = new Map(report.findings.map((f) => [f.ruleId, f]));
    expect(byRule.get('data-protection.cpr-numbers')).toMatchObject({ outcome: 'fail', severity: 'blocker' });
    expect(byRule.get('identity.blind-review-leaks')).toMatchObject({ outcome: 'warn' });
    expect(JSON.stringify(report)).not.toContain('150385');
    expect(report.areas['data-protection'].score).toBe(0);
    expect(typeof report.areas.security.score).toBe('number');
  });
});

describe('screenEntry with the document extractor', () => {
  it('finds a CPR number in an uploaded text file and reports it masked', () => {
    // ASCII only, so char codes are the UTF-8 bytes (the specs run without DOM or Node typings).
    const bytes = Uint8Array.from('Deltagere\nAnna Holm 150385-1004\n', (c) => c.charCodeAt(0));
    const input = makeScreeningInput({
      documents: [{ attachmentId: 'a1', fileName: 'deltagere.txt', sha256: 'aa', detectedMime: 'text/plain', bytes }],
    });
    const report = screenEntry(input, { extractTexts });
    const cpr = report.findings.find((f) => f.ruleId === 'data-protection.cpr-numbers');
    expect(cpr).toMatchObject({ outcome: 'fail', evidence: { hits: 1 } });
    expect(cpr?.evidence.locations).toEqual([expect.objectContaining({ fileName: 'deltagere.txt', line: 2, column: 11, masked: '15XXXX-XXXX' })]);
    expect(JSON.stringify(report)).not.toContain('150385');
  });
});
