import { describe, expect, it } from 'vitest';
import { defineRule } from './define-rule.js';
import { EXTRACTION_PROBLEM_RULE } from './ruleset.js';
import type { ExtractedText, ScreeningContext, ScreeningInput } from './ruleset-types.js';
import { runScreening, type TextExtractor } from './run-screening.js';
import { makeScreeningInput } from './screening-fixtures.js';

const noTexts: TextExtractor = () => ({ texts: [], extractionProblems: [] });
const textsOf =
  (...texts: ExtractedText[]): TextExtractor =>
  () => ({ texts, extractionProblems: [] });

const passing = (id: string, area: 'security' | 'sovereignty' = 'security') =>
  defineRule({ id, area, severity: 'minor', title: { da: id, en: id }, reference: 'test' }, (_context, finding) => [
    finding({ outcome: 'pass', explanation: { da: 'ok', en: 'ok' } }),
  ]);

describe('runScreening', () => {
  it('runs every rule and returns the findings in a fixed order', () => {
    const findings = runScreening(makeScreeningInput(), {
      extractTexts: noTexts,
      rules: [passing('z', 'sovereignty'), passing('b'), passing('a')],
    });
    expect(findings.map((f) => f.ruleId)).toEqual(['a', 'b', 'z']);
  });

  it('turns a throwing rule into a needs-review finding and carries on', () => {
    const broken = defineRule(
      { id: 'broken', area: 'security', severity: 'major', title: { da: 'b', en: 'b' }, reference: 'test' },
      () => {
        throw new Error('boom');
      },
    );
    const findings = runScreening(makeScreeningInput(), { extractTexts: noTexts, rules: [broken, passing('after')] });
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'after', outcome: 'pass' }),
      expect.objectContaining({ ruleId: 'broken', area: 'security', severity: 'major', outcome: 'needs-review', evidence: { error: 'Error: boom' } }),
    ]);
  });

  it('extracts the texts once and gives every rule the same context', () => {
    let calls = 0;
    const seen: ScreeningContext[] = [];
    const extractTexts: TextExtractor = () => {
      calls++;
      return { texts: [{ attachmentId: 'a', fileName: 'a.txt', part: '', text: 'hej' }], extractionProblems: [] };
    };
    const spy = (id: string) =>
      defineRule({ id, area: 'security', severity: 'info', title: { da: id, en: id }, reference: 't' }, (context) => {
        seen.push(context);
        return [];
      });
    runScreening(makeScreeningInput(), { extractTexts, rules: [spy('one'), spy('two')] });
    expect(calls).toBe(1);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]?.texts[0]?.text).toBe('hej');
  });

  it('turns each extraction problem into a needs-review finding', () => {
    const extractTexts: TextExtractor = () => ({
      texts: [],
      extractionProblems: [{ attachmentId: 'a1', fileName: 'broken.pdf', problem: 'truncated file' }],
    });
    const [finding] = runScreening(makeScreeningInput(), { extractTexts, rules: [] });
    expect(finding).toMatchObject({
      ruleId: EXTRACTION_PROBLEM_RULE.id,
      outcome: 'needs-review',
      evidence: { attachmentId: 'a1', fileName: 'broken.pdf', problem: 'truncated file' },
    });
  });

  it('treats every document as unread when the extractor itself throws', () => {
    const input: ScreeningInput = makeScreeningInput({
      documents: [{ attachmentId: 'a1', fileName: 'x.docx', sha256: 'aa', detectedMime: null, bytes: new Uint8Array() }],
    });
    const extractTexts: TextExtractor = () => {
      throw new Error('out of memory');
    };
    const findings = runScreening(input, { extractTexts, rules: [] });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.evidence.problem).toMatch(/out of memory/);
  });

  it('runs the whole ruleset by default and finds a CPR number in a document', () => {
    const findings = runScreening(makeScreeningInput(), {
      extractTexts: textsOf({ attachmentId: 'a1', fileName: 'liste.csv', part: '', text: 'navn;cpr\nAnna;150385-1004' }),
    });
    expect(findings.find((f) => f.ruleId === 'data-protection.cpr-numbers')).toMatchObject({ outcome: 'fail', severity: 'blocker' });
    expect(JSON.stringify(findings)).not.toContain('150385');
  });

  it('gives the same findings for the same input', () => {
    const input = makeScreeningInput({ declaration: { hostingCountries: ['DK'], mfa: true }, challenge: { blindReview: true } });
    const deps = { extractTexts: textsOf({ attachmentId: 'a', fileName: 'a.md', part: '', text: 'Nordlys Data ApS' }) };
    expect(JSON.stringify(runScreening(input, deps))).toBe(JSON.stringify(runScreening(input, deps)));
  });
});

describe('runScreening and personal ID numbers', () => {
  it('masks a CPR number that a rule copied into its finding', () => {
    const careless = defineRule(
      { id: 'careless', area: 'security', severity: 'info', title: { da: 'c', en: 'c' }, reference: 't' },
      (context, finding) => [
        finding({ outcome: 'pass', evidence: { field: context.fields.note ?? '' }, explanation: { da: 'ok', en: 'ok' } }),
      ],
    );
    const input = makeScreeningInput({ fields: { note: 'cpr 150385-1004' } });
    const [finding] = runScreening(input, { extractTexts: noTexts, rules: [careless] });
    expect(finding?.evidence.field).toBe('cpr 15XXXX-XXXX');
  });
});
