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
