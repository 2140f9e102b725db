import { describe, expect, it } from 'vitest';
import { FAST_UNIQUE_ITEMS_KEYWORD, hasUniqueItems, withFastUniqueItems } from './fast-unique-items.js';

describe('hasUniqueItems', () => {
  it('finds duplicates the way JSON Schema equality does: key order ignored, 1 equals 1.0', () => {
    expect(hasUniqueItems([{ id: 'a', name: 'A' }, { name: 'A', id: 'a' }])).toBe(false);
    expect(hasUniqueItems([1, 1.0])).toBe(false);
    expect(hasUniqueItems([{ id: 'a' }, { id: 'b' }, [1, 2], [2, 1], '1', 1, null])).toBe(true);
  });

  it('handles ten thousand objects quickly', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ id: `DK-CVR-${i}`, name: `Company ${i}` }));
    expect(hasUniqueItems(items)).toBe(true);
    expect(hasUniqueItems([...items, { name: 'Company 42', id: 'DK-CVR-42' }])).toBe(false);
  });
});

describe('withFastUniqueItems', () => {
  it('swaps the keyword wherever it is true and leaves everything else alone', () => {
    const schema = {
      type: 'object',
      properties: {
        parties: { type: 'array', uniqueItems: true, items: { type: 'object' } },
        tags: { type: 'array', uniqueItems: false },
        nested: { anyOf: [{ uniqueItems: true }] },
      },
    };
    expect(withFastUniqueItems(schema)).toEqual({
      type: 'object',
      properties: {
        parties: { type: 'array', [FAST_UNIQUE_ITEMS_KEYWORD]: true, items: { type: 'object' } },
        tags: { type: 'array', uniqueItems: false },
        nested: { anyOf: [{ [FAST_UNIQUE_ITEMS_KEYWORD]: true }] },
      },
    });
  });
});
