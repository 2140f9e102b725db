import { describe, expect, it } from 'vitest';
import { makeScreeningContext } from '../screening-fixtures.js';
import { cprNumbersRule, MAX_LISTED_LOCATIONS } from './screen-cpr-numbers.js';

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
function validCpr(nine: string): string {
  for (let last = 0; last <= 9; last++) {
    const digits = `${nine}${last}`;
    if ([...digits].reduce((acc, d, i) => acc + Number(d) * (WEIGHTS[i] as number), 0) % 11 === 0) {
      return `${digits.slice(0, 6)}-${digits.slice(6)}`;
    }
  }
  throw new Error('no check digit');
}
// 15 March 1985, completed with the check digit so that modulo 11 passes.
const CPR = validCpr('150385100');

describe('cprNumbersRule', () => {
  it('passes when no CPR number is found', () => {
    const context = makeScreeningContext({
      fields: { summary: 'Vi ringer på +45 12 34 56 78.' },
      texts: [{ attachmentId: 'a1', fileName: 'pitch.md', part: '', text: 'Faktura 123456789012' }],
    });
    expect(cprNumbersRule.evaluate(context)[0]).toMatchObject({ outcome: 'pass', evidence: { hits: 0, textsScanned: 1 } });
  });

  it('blocks an entry with a CPR number in a document and gives file, part, line and column', () => {
    const context = makeScreeningContext({
      texts: [{ attachmentId: 'a1', fileName: 'deltagere.xlsx', part: 'xl/sharedStrings.xml', text: `navn\nAnna ${CPR}` }],
    });
    const [finding] = cprNumbersRule.evaluate(context);
    expect(finding).toMatchObject({ outcome: 'fail', severity: 'blocker', evidence: { hits: 1 } });
    expect(finding?.evidence.locations).toEqual([
      { source: 'document', attachmentId: 'a1', fileName: 'deltagere.xlsx', part: 'xl/sharedStrings.xml', line: 2, column: 6, masked: '15XXXX-XXXX' },
    ]);
    expect(finding?.explanation.en).toMatch(/^Real personal ID numbers in the documents/);
  });

  it('blocks an entry with a CPR number in an entry field', () => {
    const [finding] = cprNumbersRule.evaluate(makeScreeningContext({ fields: { 'team.0.note': `cpr ${CPR.replace('-', '')}` } }));
    expect(finding?.outcome).toBe('fail');
    expect(finding?.evidence.locations).toEqual([{ source: 'field', field: 'team.0.note', line: 1, column: 5, masked: '15XXXX-XXXX' }]);
  });

  it('never puts the number in clear into the finding', () => {
    const [finding] = cprNumbersRule.evaluate(makeScreeningContext({ fields: { a: CPR } }));
    const json = JSON.stringify(finding);
    expect(json).not.toContain(CPR);
    expect(json).not.toContain(CPR.replace('-', ''));
    expect(json).not.toContain(CPR.slice(7));
  });

  it('lists a bounded number of places but counts them all', () => {
    const text = Array.from({ length: MAX_LISTED_LOCATIONS + 5 }, () => CPR).join('\n');
    const [finding] = cprNumbersRule.evaluate(makeScreeningContext({ texts: [{ attachmentId: 'a', fileName: 'x.csv', part: '', text }] }));
    expect(finding?.evidence.hits).toBe(MAX_LISTED_LOCATIONS + 5);
    expect(finding?.evidence.locations).toHaveLength(MAX_LISTED_LOCATIONS);
  });
});

describe('cprNumbersRule on file names', () => {
  it('blocks a document named with a CPR number and masks the name in the evidence', () => {
    const documents = [{ attachmentId: 'd1', fileName: `${CPR} CV.pdf`, sha256: 'aa', detectedMime: null, bytes: new Uint8Array() }];
    const [finding] = cprNumbersRule.evaluate(makeScreeningContext({ documents }));
    expect(finding?.outcome).toBe('fail');
    expect(finding?.evidence.locations).toEqual([
      { source: 'file-name', attachmentId: 'd1', fileName: '15XXXX-XXXX CV.pdf', line: 1, column: 1, masked: '15XXXX-XXXX' },
    ]);
  });
});
