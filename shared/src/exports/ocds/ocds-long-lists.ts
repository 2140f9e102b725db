// The lists of an OCDS release that grow with the number of entries (parties, tenderers, bids),
// kept apart from the rest of the release so that a large export can make, validate and write
// them a batch at a time (see exportOcdsReleasePackageInBatches).

/** A long list, made a slice at a time: nothing holds every item, or the text of all of them. */
export interface OcdsLongList<T> {
  readonly length: number;
  slice(start: number, end: number): T[];
}

/** Items of a long list made, validated and written at a time. */
export const OCDS_LIST_BATCH = 500;

/** The lists of a release that grow with the number of entries. */
export type OcdsListKind = 'parties' | 'tenderers' | 'bidDetails';

/** Where a long list goes: the array of the release it fills, and which list it is. */
export interface OcdsListSlot {
  kind: OcdsListKind;
  /** JSON Pointer of the array in the document it belongs to. */
  pointer: string;
  /** The array in the document; it holds what comes before the list (the buyer, for parties). */
  target: unknown[];
  list: OcdsLongList<unknown>;
}

/**
 * A release or package with its long lists left out and the slots they go in, in the order in
 * which they appear in the document, so a large export can validate and write them in batches.
 */
export interface OcdsParts<T> {
  document: T;
  lists: OcdsListSlot[];
}

export function arrayList<T>(items: readonly T[]): OcdsLongList<T> {
  return { length: items.length, slice: (start, end) => items.slice(start, end) };
}

/** Puts every long list in its place: the whole document, for a small export or a test. */
export function withListsFilledIn<T>(parts: OcdsParts<T>): T {
  for (const slot of parts.lists) {
    for (let start = 0; start < slot.list.length; start += OCDS_LIST_BATCH) {
      for (const item of slot.list.slice(start, start + OCDS_LIST_BATCH)) slot.target.push(item);
    }
  }
  return parts.document;
}
