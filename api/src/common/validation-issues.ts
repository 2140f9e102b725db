import type { StandardSchemaV1 } from '@standard-schema/spec';
import { AppError, type FieldError } from './app-error.js';

// Zod reports codes like "too_small"; custom refinements put a catalogue code in the message
// (e.g. "country.iso2"). Both become FieldErrors the filter renders in the user's language.
const ZOD_CODES: Record<string, string> = {
  invalid_type: 'validation.invalid_type',
  too_small: 'validation.too_small',
  too_big: 'validation.too_big',
  invalid_format: 'validation.invalid_format',
  invalid_string: 'validation.invalid_format',
  invalid_value: 'validation.invalid_value',
  invalid_enum_value: 'validation.invalid_value',
  unrecognized_keys: 'validation.unrecognized_keys',
};

interface ZodLikeIssue {
  code?: string;
  message: string;
  input?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  keys?: string[];
  path?: ReadonlyArray<PropertyKey | StandardSchemaV1.PathSegment>;
}

function pathOf(issue: ZodLikeIssue): string {
  return (issue.path ?? [])
    .map((segment) => (typeof segment === 'object' && segment !== null && 'key' in segment ? segment.key : segment))
    .map(String)
    .join('.');
}

export function issueToFieldError(issue: ZodLikeIssue): FieldError {
  const path = pathOf(issue);
  if (/^[a-z][\w-]*(\.[a-z][\w-]*)+$/i.test(issue.message) && !issue.message.includes(' ')) {
    return { path, code: issue.message };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return { path, code: 'validation.required' };
  const code = (issue.code && ZOD_CODES[issue.code]) ?? 'validation.invalid';
  const params: Record<string, unknown> = {};
  if (issue.minimum !== undefined) params.minimum = issue.minimum;
  if (issue.maximum !== undefined) params.maximum = issue.maximum;
  if (issue.keys) params.keys = issue.keys.join(', ');
  return { path, code, params };
}

export function validationError(issues: readonly ZodLikeIssue[]): AppError {
  return AppError.validation(issues.map(issueToFieldError));
}

/** Parse with a schema and throw a localised 400 naming the fields when the input is invalid. */
export function parseOrThrow<T>(schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: ZodLikeIssue[] } } }, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error.issues);
  return result.data;
}
