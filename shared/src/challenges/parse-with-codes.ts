import type { z } from 'zod';
import type { FieldCode } from './field-messages.js';
import { joinPath, type ValidationIssue } from './validation-issue.js';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

// Schemas in this package name their own codes as messages; whatever zod reports without one
// (a missing field, a wrong type) becomes a generic `field.*` code instead of English prose.
function fieldCode(issue: { code: string; input?: unknown }): FieldCode {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'field.required';
  return `field.${issue.code}` as FieldCode;
}

export function parseWithCodes<S extends z.ZodType>(schema: S, data: unknown): ParseResult<z.output<S>> {
  const result = schema.safeParse(data, { error: (issue) => fieldCode(issue) });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: joinPath(issue.path), code: issue.message })),
  };
}
