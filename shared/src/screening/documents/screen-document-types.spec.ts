import { describe, expect, it } from 'vitest';
import { makeScreeningContext } from '../screening-fixtures.js';
import { documentTypeRule } from './screen-document-types.js';
import { doc, docx, pdf, zip } from './test-fixtures.js';

function evaluate(...documents: ReturnType<typeof doc>[]) {
  return documentTypeRule.evaluate(makeScreeningContext({ documents }));
}

describe('documentTypeRule', () => {
  it('passes documents whose content matches their names', () => {
    const [finding] = evaluate(doc('a.pdf', pdf(['<<>>'])), doc('b.docx', docx(['x'])), doc('c.csv', 'a,b'), doc('.env', 'A=1'));
    expect(finding).toMatchObject({ ruleId: 'security.document-type', area: 'security', outcome: 'pass' });
  });

  it('fails a PDF named as a Word document', () => {
    const [finding] = evaluate(doc('tilbud.docx', pdf(['<<>>'])));
    expect(finding).toMatchObject({ outcome: 'fail', severity: 'major' });
    expect(finding!.evidence.issues).toEqual([expect.objectContaining({ fileName: 'tilbud.docx', detected: 'pdf', expected: 'docx', issue: 'mismatch' })]);
  });

  it('fails an executable disguised as a text file', () => {
    const [finding] = evaluate(doc('readme.txt', new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00])));
    expect(finding).toMatchObject({ outcome: 'fail' });
    expect(finding!.evidence.issues).toEqual([expect.objectContaining({ issue: 'not-allowed' })]);
  });

  it('only warns when an Office file is named .zip', () => {
    const [finding] = evaluate(doc('offer.zip', docx(['x'])));
    expect(finding).toMatchObject({ outcome: 'warn', severity: 'minor' });
  });

  it('warns about an extension it does not know', () => {
    const [finding] = evaluate(doc('notes.rtf', 'plain text really'));
    expect(finding).toMatchObject({ outcome: 'warn' });
    expect(finding!.evidence.issues).toEqual([expect.objectContaining({ issue: 'unknown-extension' })]);
  });

  it('judges a plain archive named .docx a mismatch inside the archive family', () => {
    const [finding] = evaluate(doc('x.docx', zip({ 'a.txt': 'a' })));
    expect(finding!.evidence.issues).toEqual([expect.objectContaining({ detected: 'zip', issue: 'archive-mismatch' })]);
  });
});
