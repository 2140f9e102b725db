// Pure building blocks for procurement exports: the snapshot the API loads, the sheets and CSV,
// the OCDS release package and its validation, and the deterministic, verifiable archive.
export * from './snapshot.js';
export * from './api-messages.js';
export * from './utc-timestamp.js';
export * from './format-number.js';
export * from './compare.js';
export * from './canonical-snapshot.js';

export * from './csv/sheet-types.js';
export * from './csv/to-csv.js';
export * from './csv/sheets.js';
export * from './csv/review-batches.js';
export * from './csv/sheet-csv-files.js';
export { DRAFT_NOTICE, jurorDisplayName } from './csv/sheet-labels.js';
export type { ReviewSheetDefinition, SheetDefinition, SnapshotSheetDefinition } from './csv/sheet-definition.js';
export { entriesInLabelOrder } from './csv/sheet-definition.js';

export * from './ocds/ocds-types.js';
export * from './ocds/ocds-constants.js';
export * from './ocds/json-merge-patch.js';
export * from './ocds/company-identifier.js';
export * from './ocds/build-ocds-release-package.js';
export * from './ocds/validate-ocds.js';
export * from './ocds/export-ocds-release-package.js';

export * from './zip/archive-path.js';
export * from './zip/archive-layout.js';
export * from './zip/build-deterministic-zip.js';
export * from './zip/build-archive.js';
export * from './zip/manifest.js';
export * from './zip/read-zip.js';
export * from './zip/archive-source.js';
export { READ_CHUNK_BYTES } from './zip/read-archive-directory.js';
export { MAX_KEPT_BYTES, type ArchivedFile, type KeptFiles } from './zip/scan-archive.js';
export * from './zip/verify-archive.js';
export * from './zip/verify-receipts-in-archive.js';
export { crc32, crc32Update } from './zip/crc32.js';
export { StreamingDeflate } from './zip/streaming-deflate.js';
export { dosDateTime, type DosDateTime } from './zip/dos-date-time.js';
