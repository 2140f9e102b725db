import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../common/canonical-json.js';
import { applyJsonMergePatch } from './json-merge-patch.js';

// The test cases of RFC 7386, Appendix A.
const rfcExamples: Array<[JsonValue, JsonValue, JsonValue]> = [
  [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
  [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
  [{ a: 'b' }, { a: null }, {}],
  [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
  [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
  [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
  [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
  [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
  [['a', 'b'], ['c', 'd'], ['c', 'd']],
  [{ a: 'b' }, ['c'], ['c']],
  [{ a: 'foo' }, null, null],
  [{ a: 'foo' }, 'bar', 'bar'],
  [{ e: null }, { a: 1 }, { e: null, a: 1 }],
  [[1, 2], { a: 'b', c: null }, { a: 'b' }],
  [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
];

describe('applyJsonMergePatch', () => {
  it.each(rfcExamples)('merges %j with the patch %j as RFC 7386 prescribes', (target, patch, expected) => {
    expect(applyJsonMergePatch(target, patch)).toEqual(expected);
  });

  it('leaves the target and the patch untouched', () => {
    const target: JsonValue = { a: { b: 1, c: [1, 2] } };
    const patch: JsonValue = { a: { b: null, d: { e: 1 } } };
    const targetCopy = JSON.parse(JSON.stringify(target));
    const patchCopy = JSON.parse(JSON.stringify(patch));
    const result = applyJsonMergePatch(target, patch);
    expect(target).toEqual(targetCopy);
    expect(patch).toEqual(patchCopy);
    expect(result).toEqual({ a: { c: [1, 2], d: { e: 1 } } });
  });

  it('does not share arrays from the patch with the result', () => {
    const patch: { enum: JsonValue[] } = { enum: ['valid', null] };
    const result = applyJsonMergePatch({}, patch) as { enum: JsonValue[] };
    result.enum.push('extra');
    expect(patch.enum).toEqual(['valid', null]);
  });

  it('keeps nulls that sit inside arrays, as in enum lists', () => {
    expect(applyJsonMergePatch({ status: { type: 'string' } }, { status: { enum: ['a', null] } })).toEqual({
      status: { type: 'string', enum: ['a', null] },
    });
  });
});
