import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../common/sha256.js';
import { sheetCsvFiles } from './csv/sheet-csv-files.js';
import { exportOcdsReleasePackage } from './ocds/export-ocds-release-package.js';
import { exportTimestamp, type DecidedChallengeSnapshot } from './snapshot.js';
import { exampleDecidedSnapshot } from './testing/example-snapshot.js';
import { ARCHIVE_LAYOUT, entryReceiptPath } from './zip/archive-layout.js';
import { buildArchive } from './zip/build-archive.js';
import { verifyArchive } from './zip/verify-archive.js';

const ocdsOptions = { ocidPrefix: 'ocds-213czf', packageUri: 'https://fairpitch.fjordby.example/ocds/ch-2026-klima.json' };

// What the worker does with the parts built here (the XLSX and PDF come from the api).
function exportArchive(snapshot: DecidedChallengeSnapshot): Uint8Array {
  const ocds = exportOcdsReleasePackage(snapshot, ocdsOptions);
  if (!ocds.valid) throw new Error('invalid OCDS');
  return buildArchive(
    [
      ...sheetCsvFiles(snapshot, { locale: 'da', separator: ';', includeContactPersons: true }),
      { path: ARCHIVE_LAYOUT.ocdsReleasePackage, bytes: strToU8(ocds.text) },
      ...snapshot.entries.map((e) => ({ path: entryReceiptPath(e.id), bytes: strToU8(JSON.stringify({ receiptHash: e.receiptHash })) })),
    ],
    exportTimestamp(snapshot),
  );
}

describe('exporting a decided challenge', () => {
  it('gives byte-identical archives twice, and the archive verifies', async () => {
    const first = exportArchive(exampleDecidedSnapshot());
    const second = exportArchive(exampleDecidedSnapshot());
    expect(sha256Hex(second)).toBe(sha256Hex(first));
    expect(await verifyArchive(first)).toMatchObject({ valid: true, problems: [] });
  });

  it('gives a different archive when one score changes', () => {
    const changed = exampleDecidedSnapshot();
    changed.ranking[0] = { ...changed.ranking[0]!, total: 4.4 };
    expect(sha256Hex(exportArchive(changed))).not.toBe(sha256Hex(exportArchive(exampleDecidedSnapshot())));
  });
});
