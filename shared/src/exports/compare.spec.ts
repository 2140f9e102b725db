import { describe, expect, it } from 'vitest';
import { byInstantThenId, compareCodePoints, compareInstants, compareLabels } from './compare.js';

describe('compareCodePoints', () => {
  it('orders by code point, so upper case comes before lower case and å after z', () => {
    expect(['b', 'å', 'B', 'a', 'z'].toSorted(compareCodePoints)).toEqual(['B', 'a', 'b', 'z', 'å']);
  });
});

describe('compareInstants', () => {
  it('compares instants, not strings', () => {
    expect(compareInstants('2026-11-27T12:00:00.250Z', '2026-11-27T12:00:00Z')).toBeGreaterThan(0);
    expect(compareInstants('2026-11-27T13:00:00+01:00', '2026-11-27T12:00:00Z')).toBe(0);
  });
});

describe('byInstantThenId', () => {
  it('breaks equal instants by id', () => {
    const items = [
      { id: 'b', at: '2026-01-01T00:00:00Z' },
      { id: 'a', at: '2026-01-01T01:00:00+01:00' },
      { id: 'c', at: '2025-12-31T00:00:00Z' },
    ];
    expect(items.toSorted(byInstantThenId((i) => i.at, (i) => i.id)).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('compareLabels', () => {
  it('puts Entry 2 before Entry 10', () => {
    expect(['Entry 10', 'Entry 2', 'Entry 1', 'Bidrag 3'].toSorted(compareLabels)).toEqual(['Bidrag 3', 'Entry 1', 'Entry 2', 'Entry 10']);
  });

  it('keeps labels that differ only in leading zeros apart, in a fixed order', () => {
    expect(['Entry 007', 'Entry 7'].toSorted(compareLabels)).toEqual(['Entry 7', 'Entry 007']);
    expect(compareLabels('Entry 7', 'Entry 7')).toBe(0);
  });
});
