import { buildOcdsReleasePackage, serialiseOcdsReleasePackage, type OcdsExportOptions } from './build-ocds-release-package.js';
import type { OcdsReleasePackage } from './ocds-types.js';
import { validateOcdsReleasePackage, type OcdsValidationError } from './validate-ocds.js';
import type { SnapshotWithoutReviews } from '../snapshot.js';

export type OcdsExport =
  | { valid: true; releasePackage: OcdsReleasePackage; text: string }
  | { valid: false; releasePackage: OcdsReleasePackage; errors: OcdsValidationError[] };

/**
 * Builds the release package and validates it against the official schemas before anyone can
 * download it: an invalid package comes back with the reasons instead of the file's text.
 */
export function exportOcdsReleasePackage(snapshot: SnapshotWithoutReviews, options: OcdsExportOptions): OcdsExport {
  const releasePackage = buildOcdsReleasePackage(snapshot, options);
  const { valid, errors } = validateOcdsReleasePackage(releasePackage);
  return valid ? { valid, releasePackage, text: serialiseOcdsReleasePackage(releasePackage) } : { valid, releasePackage, errors };
}
