import type { JsonValue } from '../../common/canonical-json.js';
import { canonicalJson } from '../../common/canonical-json.js';

// JSON Schema's `uniqueItems` compares every pair of items, which for 10,000 tenderers (parties,
// tender.tenderers) is 50 million deep comparisons and most of a minute. The same rule checked
// through canonical JSON (key order ignored, 1 and 1.0 equal, exactly as JSON Schema equality)
// takes one pass. The compiled copy of the schema uses this keyword instead; the schema files
// themselves stay as published.
export const FAST_UNIQUE_ITEMS_KEYWORD = 'x-fairpitch-unique-items';

/** A copy of the schema with every `"uniqueItems": true` replaced by the fast keyword. */
export function withFastUniqueItems(schema: JsonValue): JsonValue {
  if (Array.isArray(schema)) return schema.map(withFastUniqueItems);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) =>
      key === 'uniqueItems' && value === true ? [FAST_UNIQUE_ITEMS_KEYWORD, true] : [key, withFastUniqueItems(value)],
    ),
  );
}

export function hasUniqueItems(items: readonly unknown[]): boolean {
  const seen = new Set<string>();
  for (const item of items) {
    const key = canonicalJson(item);
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}
