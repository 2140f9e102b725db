import { buildOcdsReleasePackage, buildOcdsReleasePackageParts, serialiseOcdsReleasePackage, type OcdsExportOptions } from './build-ocds-release-package.js';
import { OCDS_LIST_BATCH } from './ocds-long-lists.js';
import { serialisedOcdsReleasePackageChunks } from './serialise-ocds-in-batches.js';
import type { OcdsReleasePackage } from './ocds-types.js';
import { validateOcdsReleasePackage, validateOcdsReleasePackageInBatches, type OcdsValidationError } from './validate-ocds.js';
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

export type OcdsExportInBatches = { valid: true; chunks(): Generator<string> } | { valid: false; errors: OcdsValidationError[] };

/**
 * The same checks and the same bytes as exportOcdsReleasePackage, for a challenge too large to
 * hold its package whole: the tenderers, parties and bids are made, validated and written
 * `batchSize` at a time, once to validate and again when `chunks` is read.
 */
export function exportOcdsReleasePackageInBatches(snapshot: SnapshotWithoutReviews, options: OcdsExportOptions, batchSize = OCDS_LIST_BATCH): OcdsExportInBatches {
  const parts = buildOcdsReleasePackageParts(snapshot, options);
  const { valid, errors } = validateOcdsReleasePackageInBatches(parts, batchSize);
  return valid ? { valid, chunks: () => serialisedOcdsReleasePackageChunks(parts, batchSize) } : { valid, errors };
}

