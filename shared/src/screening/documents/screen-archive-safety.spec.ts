import { describe, expect, it } from 'vitest';
import { DEFAULT_SCREENING_LIMITS } from '../ruleset-types.js';
import { makeScreeningContext } from '../screening-fixtures.js';
import { archiveSafetyRule } from './screen-archive-safety.js';
import { doc, docx, withDeclaredSize, zerosZip, zip } from './test-fixtures.js';

function evaluate(...documents: ReturnType<typeof doc>[]) {
  return archiveSafetyRule.evaluate(makeScreeningContext({ documents }));
}

describe('archiveSafetyRule', () => {
  it('passes when there are no archives', () => {
    expect(evaluate(doc('a.txt', 'x'))[0]).toMatchObject({ ruleId: 'security.archive-safety', outcome: 'pass', evidence: { archivesChecked: 0 } });
  });

  it('passes an ordinary archive and an Office file', () => {
    expect(evaluate(doc('a.zip', zip({ 'a.txt': 'x' })), doc('b.docx', docx(['y'])))[0]).toMatchObject({ outcome: 'pass', evidence: { archivesChecked: 2 } });
  });

  it('fails a zip bomb with the evidence of its declared expansion', () => {
    const bomb = withDeclaredSize(zerosZip(1_000_000), 4_000_000_000);
    const [finding] = evaluate(doc('bomb.zip', bomb));
    expect(finding).toMatchObject({ outcome: 'fail', severity: 'major' });
    expect(finding!.evidence.archives).toEqual([
      expect.objectContaining({
        fileName: 'bomb.zip',
        declaredExpandedBytes: 4_000_000_000,
        archiveBytes: bomb.length,
        problems: expect.arrayContaining([expect.objectContaining({ kind: 'too-large' }), expect.objectContaining({ kind: 'compression-ratio' })]),
      }),
    ]);
  });

  it('fails archives nested deeper than the limit', () => {
    let archive = zip({ 'core.txt': 'x' });
    for (let level = 0; level < DEFAULT_SCREENING_LIMITS.maxNestingDepth; level++) archive = zip({ [`l${level}.zip`]: archive });
    const [finding] = evaluate(doc('deep.zip', archive));
    expect(finding!.outcome).toBe('fail');
    expect(JSON.stringify(finding!.evidence)).toContain('nesting-too-deep');
  });

  it('fails an entry name that climbs out of the folder', () => {
    expect(evaluate(doc('slip.zip', zip({ '../../evil.sh': 'rm -rf /' })))[0]!.outcome).toBe('fail');
  });

  it('fails a truncated archive as corrupt', () => {
    const archive = zip({ 'a.txt': 'hello world hello world' });
    const [finding] = evaluate(doc('cut.zip', archive.subarray(0, archive.length - 10)));
    expect(finding!.outcome).toBe('fail');
    expect(JSON.stringify(finding!.evidence)).toContain('corrupt');
  });
});
