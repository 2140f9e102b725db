import { describe, expect, it } from 'vitest';
import * as exportsApi from './index.js';

describe('the exports area', () => {
  it('offers the building blocks the api and worker call', () => {
    for (const name of [
      'isDecided',
      'exportTimestamp',
      'toCsv',
      'csvLines',
      'buildSheet',
      'buildAllSheets',
      'sheetRowsOf',
      'sheetCsvLines',
      'sheetCsvFiles',
      'buildOcdsReleasePackage',
      'serialiseOcdsReleasePackage',
      'validateOcdsReleasePackage',
      'validateOcdsRelease',
      'exportOcdsReleasePackage',
      'exportOcdsReleasePackageInBatches',
      'applyJsonMergePatch',
      'buildDeterministicZip',
      'deterministicZipChunks',
      'buildArchive',
      'streamArchive',
      'buildManifest',
      'verifyArchive',
      'verifyReceiptsInArchive',
    ]) {
      expect({ name, type: typeof (exportsApi as Record<string, unknown>)[name] }).toEqual({ name, type: 'function' });
    }
  });
});
