import { describe, expect, it } from 'vitest';
import { declarationIssues, declarationPath, declarationRowsFrom, declarationsBody } from './conflict-form.js';

const FORM = {
  challengeId: 'c',
  complete: false,
  companies: [
    { companyId: 'k1', name: 'Fjordlys ApS', declaration: { kind: 'none' as const, note: '', declaredAt: '2026-12-01T10:00:00Z' } },
    { companyId: 'k2', name: 'Havbrise A/S', declaration: null },
  ],
};

describe('the conflict declaration form', () => {
  it('starts from the latest answers and leaves unanswered companies unanswered', () => {
    expect(declarationRowsFrom(FORM)).toEqual([
      { companyId: 'k1', name: 'Fjordlys ApS', kind: 'none', note: '' },
      { companyId: 'k2', name: 'Havbrise A/S', kind: '', note: '' },
    ]);
  });

  it('needs an answer for every company and a note for every conflict', () => {
    const rows = declarationRowsFrom(FORM);
    expect(declarationIssues(rows)).toEqual({ '1.kind': 'kindRequired' });
    rows[1]!.kind = 'family';
    expect(declarationIssues(rows)).toEqual({ '1.note': 'noteRequired' });
    rows[1]!.note = ' My brother works there. ';
    expect(declarationIssues(rows)).toEqual({});
    expect(declarationsBody(rows)).toEqual([
      { companyId: 'k1', kind: 'none', note: '' },
      { companyId: 'k2', kind: 'family', note: 'My brother works there.' },
    ]);
  });

  it('drops a note left behind when the answer changes to none', () => {
    const rows = declarationRowsFrom(FORM);
    rows[0]!.note = 'old';
    expect(declarationsBody(rows)[0]).toEqual({ companyId: 'k1', kind: 'none', note: '' });
  });

  it('reads the server’s field paths as this form’s', () => {
    expect(declarationPath('declarations.1.note')).toBe('1.note');
  });
});
