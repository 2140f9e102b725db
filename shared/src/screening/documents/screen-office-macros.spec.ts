import { describe, expect, it } from 'vitest';
import { makeScreeningContext } from '../screening-fixtures.js';
import { officeMacrosRule } from './screen-office-macros.js';
import { doc, docx, zip } from './test-fixtures.js';

function evaluate(...documents: ReturnType<typeof doc>[]) {
  return officeMacrosRule.evaluate(makeScreeningContext({ documents }));
}

const macroContentTypes =
  '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>';

describe('officeMacrosRule', () => {
  it('passes an ordinary Word document', () => {
    expect(evaluate(doc('a.docx', docx(['Hej'])))[0]).toMatchObject({ ruleId: 'security.office-macros', outcome: 'pass' });
  });

  it('fails a Word document carrying a VBA project, whatever its name', () => {
    const bytes = docx(['Hej'], { 'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), '[Content_Types].xml': macroContentTypes });
    const [finding] = evaluate(doc('innocent.docx', bytes));
    expect(finding).toMatchObject({ outcome: 'fail', severity: 'major' });
    expect(finding!.evidence.files).toEqual([
      expect.objectContaining({
        fileName: 'innocent.docx',
        signals: expect.arrayContaining(['macro part word/vbaProject.bin', 'macro-enabled content type', 'VBA project content type']),
      }),
    ]);
  });

  it('fails a macro-enabled file name', () => {
    const [finding] = evaluate(doc('budget.xlsm', docx(['x'])));
    expect(finding!.outcome).toBe('fail');
  });

  it('finds a macro document inside a ZIP archive', () => {
    const inner = docx(['x'], { 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) });
    const [finding] = evaluate(doc('bundle.zip', zip({ 'docs/report.docm': inner })));
    expect(finding!.outcome).toBe('fail');
    expect(finding!.evidence.files).toEqual([expect.objectContaining({ path: 'docs/report.docm' })]);
  });
});
