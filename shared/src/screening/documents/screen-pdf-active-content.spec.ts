import { describe, expect, it } from 'vitest';
import { makeScreeningContext } from '../screening-fixtures.js';
import { pdfActiveContentRule } from './screen-pdf-active-content.js';
import { doc, pdf, pdfStream, pdfWithPages, zip } from './test-fixtures.js';

function evaluate(...documents: ReturnType<typeof doc>[]) {
  return pdfActiveContentRule.evaluate(makeScreeningContext({ documents }));
}

describe('pdfActiveContentRule', () => {
  it('passes a plain PDF', () => {
    expect(evaluate(doc('a.pdf', pdfWithPages(['BT (Hej) Tj ET'])))[0]).toMatchObject({ ruleId: 'security.pdf-active-content', outcome: 'pass' });
  });

  it('fails a PDF that runs JavaScript when opened', () => {
    const bytes = pdf(['<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', '<< /S /JavaScript /JS (app.alert\\("hi"\\)) >>']);
    const [finding] = evaluate(doc('js.pdf', bytes));
    expect(finding).toMatchObject({ outcome: 'fail', severity: 'major' });
    expect(finding!.evidence.files).toEqual([expect.objectContaining({ javascript: true, openActionScript: true, rawScan: false })]);
  });

  it('sees through #-escaped names such as /J#61vaScript', () => {
    const bytes = pdf(['<< /Type /Catalog /Names << /J#61vaScript 2 0 R >> >>', '<< /Names [(x) 3 0 R] >>', '<< /S /JavaScript /JS (1) >>']);
    expect(evaluate(doc('hidden.pdf', bytes))[0]!.outcome).toBe('fail');
  });

  it('finds script hidden in a compressed object stream', () => {
    const header = '7 0 ';
    const bytes = pdf(['<< /Type /Catalog >>', pdfStream(`${header}<< /S /Launch /F (cmd.exe) >>`, `/Type /ObjStm /N 1 /First ${header.length}`, true)]);
    const [finding] = evaluate(doc('launch.pdf', bytes));
    expect(finding!.outcome).toBe('fail');
    expect(finding!.evidence.files).toEqual([expect.objectContaining({ launch: true })]);
  });

  it('only warns about embedded files', () => {
    const bytes = pdf(['<< /Type /Catalog /Names << /EmbeddedFiles 2 0 R >> >>', '<< /Names [(a.exe) 3 0 R] >>', '<< /Type /Filespec /EF << /F 4 0 R >> >>', pdfStream('MZ', '/Type /EmbeddedFile')]);
    expect(evaluate(doc('attach.pdf', bytes))[0]).toMatchObject({ outcome: 'warn', severity: 'minor' });
  });

  it('falls back to a plain scan when a corrupt PDF has no readable objects', () => {
    const [finding] = evaluate(doc('corrupt.pdf', '%PDF-1.4 garbage /JavaScript garbage'));
    expect(finding!.outcome).toBe('fail');
    expect(finding!.evidence.files).toEqual([expect.objectContaining({ rawScan: true })]);
  });

  it('does not mistake /JSON for /JS in a plain scan', () => {
    expect(evaluate(doc('corrupt.pdf', '%PDF-1.4 /JSONData'))[0]!.outcome).toBe('pass');
  });

  it('checks PDFs inside ZIP archives', () => {
    const inner = pdf(['<< /Type /Catalog /OpenAction << /S /JavaScript /JS (x) >> >>']);
    const [finding] = evaluate(doc('bundle.zip', zip({ 'bilag/a.pdf': inner })));
    expect(finding!.evidence.files).toEqual([expect.objectContaining({ path: 'bilag/a.pdf', openActionScript: true })]);
  });
});
