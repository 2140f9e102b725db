import { hashCanonical } from '../common/sha256.js';
import type { ScreeningInput } from './ruleset-types.js';

/**
 * SHA-256 of the canonical JSON of everything a report depends on: the input (documents by
 * their stored SHA-256, not their bytes) and the ruleset version. Recomputing a report from the
 * same input under the same ruleset must give the same hash and the same findings.
 */
export function screeningInputHash(input: ScreeningInput, rulesetVersion: string): string {
  const documents = input.documents.map(({ attachmentId, fileName, sha256, detectedMime }) => ({
    attachmentId,
    fileName,
    sha256,
    detectedMime,
  }));
  return hashCanonical({ rulesetVersion, input: { ...input, documents } });
}
