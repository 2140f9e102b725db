import { describe, expect, it } from 'vitest';
import { byInstantThenId, compareCodePoints, compareInstants } from './compare.js';

describe('compareCodePoints', () => {
  it('orders by code point, so upper case comes before lower case and å after z', () => {
    expect(['b', 'å', 'B', 'a', 'z'].sort(compareCodePoints)).toEqual(['B', 'a', 'b', 'z', 'å']);
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
    expect(items.sort(byInstantThenId((i) => i.at, (i) => i.id)).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});
