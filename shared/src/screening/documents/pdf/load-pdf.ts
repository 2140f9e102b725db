import type { ScreeningLimits } from '../../ruleset-types.js';
import { readPdfObjects, type PdfFile } from './read-pdf-objects.js';

// The safety rule and the text extraction both need the parsed objects of the same bytes;
// parsing is deterministic, so reading it once per byte array changes no result.
const cache = new WeakMap<Uint8Array, { key: number; file: PdfFile }>();

export function loadPdf(bytes: Uint8Array, limits: ScreeningLimits): PdfFile {
  const hit = cache.get(bytes);
  if (hit && hit.key === limits.maxExpandedBytes) return hit.file;
  const file = readPdfObjects(bytes, limits);
  cache.set(bytes, { key: limits.maxExpandedBytes, file });
  return file;
}
