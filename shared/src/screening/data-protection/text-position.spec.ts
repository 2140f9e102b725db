import { describe, expect, it } from 'vitest';
import { createPositionFinder } from './text-position.js';

describe('createPositionFinder', () => {
  it('counts lines and columns from 1', () => {
    const find = createPositionFinder('ab\ncd\r\nef\rgh');
    expect(find(0)).toEqual({ line: 1, column: 1 });
    expect(find(4)).toEqual({ line: 2, column: 2 });
    expect(find(7)).toEqual({ line: 3, column: 1 });
    expect(find(10)).toEqual({ line: 4, column: 1 });
  });

  it('treats a text without line breaks as one line', () => {
    expect(createPositionFinder('abcdef')(5)).toEqual({ line: 1, column: 6 });
  });
});
