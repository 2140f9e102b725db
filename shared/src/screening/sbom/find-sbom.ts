import { fileExtension } from '../documents/detect-type.js';
import type { ScreeningDocument, ScreeningInput } from '../ruleset-types.js';
import { parseSbomBytes, type SbomComponent, type SbomFormat, type SbomParseResult } from './parse-sbom.js';

export type SbomLookup =
  | { status: 'found'; document: ScreeningDocument; format: SbomFormat; specVersion: string; components: SbomComponent[] }
  | { status: 'unparseable'; document: ScreeningDocument; error: string }
  /** The declaration names an attachment that is not among the entry's documents. */
  | { status: 'declared-missing'; attachmentId: string }
  | { status: 'missing' };

const SBOM_NAME = /(^|[^a-z])(s?bom|spdx|cdx|cyclonedx)([^a-z]|$)/i;

// Two rules read the same SBOM; parsing depends only on the bytes, so it is done once.
const cache = new WeakMap<Uint8Array, SbomParseResult>();

function parse(document: ScreeningDocument, maxBytes: number): SbomParseResult {
  if (document.bytes.length > maxBytes) return { ok: false, error: `larger than the ${maxBytes}-byte limit`, recognised: false };
  let result = cache.get(document.bytes);
  if (!result) {
    result = parseSbomBytes(document.bytes);
    cache.set(document.bytes, result);
  }
  return result;
}

function found(document: ScreeningDocument, result: SbomParseResult): SbomLookup {
  return result.ok
    ? { status: 'found', document, format: result.format, specVersion: result.specVersion, components: result.components }
    : { status: 'unparseable', document, error: result.error };
}

/**
 * The SBOM is the document the declaration names (sbomAttachmentId); without one, the first
 * .json document that parses as CycloneDX or SPDX.
 */
export function findSbom({ declaration, documents, limits }: Pick<ScreeningInput, 'declaration' | 'documents' | 'limits'>): SbomLookup {
  const declared = declaration.sbomAttachmentId;
  if (declared) {
    const document = documents.find((d) => d.attachmentId === declared);
    return document ? found(document, parse(document, limits.maxExpandedBytes)) : { status: 'declared-missing', attachmentId: declared };
  }
  let firstFailure: SbomLookup | null = null;
  for (const document of documents) {
    if (fileExtension(document.fileName) !== 'json') continue;
    const result = parse(document, limits.maxExpandedBytes);
    if (result.ok) return found(document, result);
    // A file that says it is an SBOM (by content or name) but fails is reported; other JSON
    // files (package.json, exports) are simply not SBOMs.
    if (!firstFailure && (result.recognised || SBOM_NAME.test(document.fileName))) {
      firstFailure = { status: 'unparseable', document, error: result.error };
    }
  }
  return firstFailure ?? { status: 'missing' };
}
