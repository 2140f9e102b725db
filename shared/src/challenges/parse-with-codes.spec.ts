import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseWithCodes } from './parse-with-codes.js';
import { prefixIssues } from './validation-issue.js';

const schema = z.object({
  name: z.string().min(2, 'name.too-short'),
  items: z.array(z.object({ count: z.number() })),
});

describe('parseWithCodes', () => {
  it('returns the parsed value when the input is valid', () => {
    expect(parseWithCodes(schema, { name: 'ab', items: [] })).toEqual({ ok: true, value: { name: 'ab', items: [] } });
  });
  it('keeps the codes a schema names and reports dotted paths', () => {
    const result = parseWithCodes(schema, { name: 'a', items: [{ count: 'x' }] });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'name', code: 'name.too-short' },
        { path: 'items.0.count', code: 'field.invalid_type' },
      ],
    });
  });
  it('reports a missing field as required rather than as a type error', () => {
    const result = parseWithCodes(schema, { items: [] });
    expect(result).toEqual({ ok: false, issues: [{ path: 'name', code: 'field.required' }] });
  });
});

describe('prefixIssues', () => {
  it('puts a prefix before each path, and uses the prefix alone for top-level issues', () => {
    expect(prefixIssues('method', [{ path: 'a.b', code: 'x' }, { path: '', code: 'y' }])).toEqual([
      { path: 'method.a.b', code: 'x' },
      { path: 'method', code: 'y' },
    ]);
  });
});
