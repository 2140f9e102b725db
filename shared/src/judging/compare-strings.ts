// Code-point order, the same in every locale and runtime, so sorted output is reproducible.
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
