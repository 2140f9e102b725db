// Orders that do not depend on the machine's locale or on the input order, so every export of
// the same data lists things the same way.

/** Plain code-point order (not localeCompare, which differs between ICU versions and locales). */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Earlier instant first; RFC 3339 strings with different offsets or precision compare correctly. */
export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

/** By instant, then by id, for lists of dated things. */
export function byInstantThenId<T>(instant: (item: T) => string, id: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compareInstants(instant(a), instant(b)) || compareCodePoints(id(a), id(b));
}

/**
 * Labels such as "Entry 2" and "Entry 10" in the order a reader expects: runs of digits compare
 * as numbers, everything else by code point.
 */
export function compareLabels(a: string, b: string): number {
  const partsA = a.match(/\d+|\D+/g) ?? [];
  const partsB = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(partsA.length, partsB.length); i++) {
    const x = partsA[i] ?? '';
    const y = partsB[i] ?? '';
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    const order = numeric ? Number(x) - Number(y) || x.length - y.length : compareCodePoints(x, y);
    if (order !== 0) return order;
  }
  return partsA.length - partsB.length;
}
