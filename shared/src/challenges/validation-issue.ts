// A validation problem as rules report it: where (a dotted path into the input) and what (a
// code that the message catalogues turn into Danish or English).
export interface ValidationIssue<C extends string = string> {
  path: string;
  code: C;
}

export function joinPath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

/** The inverse of joinPath, for handing rule issues back to zod; numeric parts become indexes. */
export function splitPath(path: string): (string | number)[] {
  return path === '' ? [] : path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function prefixIssues<C extends string>(prefix: string, issues: readonly ValidationIssue<C>[]): ValidationIssue<C>[] {
  return issues.map((issue) => ({ code: issue.code, path: issue.path ? `${prefix}.${issue.path}` : prefix }));
}
