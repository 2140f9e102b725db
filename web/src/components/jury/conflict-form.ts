import type { ConflictDeclaration, ConflictForm, ConflictKind } from '../../api/client.js';

// The juror's declaration for every participating company: a conflict with a note, or none.
// Nothing is preselected: "none" must be an answer, never a default.

export interface DeclarationRow {
  companyId: string;
  name: string;
  kind: ConflictKind | '';
  note: string;
}

export function declarationRowsFrom(form: ConflictForm): DeclarationRow[] {
  return form.companies.map((c) => ({ companyId: c.companyId, name: c.name, kind: c.declaration?.kind ?? '', note: c.declaration?.note ?? '' }));
}

/** Problems by path (`<index>.kind`, `<index>.note`), as message keys under `conflicts.errors`. */
export function declarationIssues(rows: readonly DeclarationRow[]): Record<string, 'kindRequired' | 'noteRequired'> {
  const issues: Record<string, 'kindRequired' | 'noteRequired'> = {};
  rows.forEach((row, i) => {
    if (!row.kind) issues[`${i}.kind`] = 'kindRequired';
    else if (row.kind !== 'none' && !row.note.trim()) issues[`${i}.note`] = 'noteRequired';
  });
  return issues;
}

export function declarationsBody(rows: readonly DeclarationRow[]): ConflictDeclaration[] {
  return rows.map((row) => ({ companyId: row.companyId, kind: row.kind || 'none', note: row.kind === 'none' ? '' : row.note.trim() }));
}

/** `declarations.2.note` from the server → `2.note` on this form. */
export function declarationPath(serverPath: string): string {
  return serverPath.replace(/^declarations\./, '');
}
