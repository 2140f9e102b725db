import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hashCanonical, sha256Hex } from '../../common/sha256.js';
import { entryDocumentPath, entryReceiptPath } from './archive-layout.js';
import { buildArchive } from './build-archive.js';
import { buildDeterministicZip } from './build-deterministic-zip.js';
import { readArchive } from './read-zip.js';
import { verifyArchive } from './verify-archive.js';
import type { ArchivedEntry, CheckResult } from './verify-receipts-in-archive.js';

const DECIDED_AT = '2026-11-20T10:00:00Z';
const entryIds = ['e1', 'e2'];
const documents: Record<string, Uint8Array> = { e1: strToU8('%PDF-1.7 løsning 1'), e2: strToU8('%PDF-1.7 løsning 2') };

// A receipt in the spirit of the submissions area: the hash covers the entry and its documents.
function receiptFor(entryId: string): Uint8Array {
  const attachments = [{ fileName: 'løsning.pdf', sha256: sha256Hex(documents[entryId]!) }];
  return strToU8(JSON.stringify({ entryId, attachments, hash: hashCanonical({ entryId, attachments }) }));
}

function verifyToyReceipt(entry: ArchivedEntry): CheckResult {
  const receipt = entry.receipt as { entryId: string; attachments: Array<{ fileName: string; sha256: string }>; hash: string };
  if (hashCanonical({ entryId: receipt.entryId, attachments: receipt.attachments }) !== receipt.hash) return { valid: false, reason: 'hash' };
  for (const attachment of receipt.attachments) {
    const file = entry.files.find((f) => f.path.endsWith(`/documents/${attachment.fileName}`));
    if (file?.sha256 !== attachment.sha256) return { valid: false, reason: `document ${attachment.fileName} differs` };
  }
  return { valid: true };
}

function archiveFiles(): Array<{ path: string; bytes: Uint8Array }> {
  return [
    { path: 'sheets/ranking.csv', bytes: strToU8('\uFEFFrank;entry\r\n1;Entry 1\r\n') },
    { path: 'ocds-release-package.json', bytes: strToU8('{"version":"1.1"}\n') },
    ...entryIds.flatMap((id) => [
      { path: entryReceiptPath(id), bytes: receiptFor(id) },
      { path: entryDocumentPath(id, 'løsning.pdf'), bytes: documents[id]! },
    ]),
  ];
}

// Re-zips an archive after changing its files, keeping its original manifest.
function tampered(change: (files: Map<string, Uint8Array>) => void): Uint8Array {
  const files = new Map(readArchive(buildArchive(archiveFiles(), DECIDED_AT)));
  change(files);
  return buildDeterministicZip([...files].map(([path, bytes]) => ({ path, bytes })), DECIDED_AT);
}

describe('verifyArchive', () => {
  it('accepts an untouched archive, receipts included', async () => {
    const result = await verifyArchive(buildArchive(archiveFiles(), DECIDED_AT), { verifyReceipt: verifyToyReceipt, expectedEntryIds: entryIds });
    expect(result).toMatchObject({ valid: true, missing: [], extra: [], mismatched: [], problems: [] });
    expect(result.manifest?.files).toHaveLength(6);
    expect(result.receipts?.results.map((r) => [r.entryId, r.valid])).toEqual([
      ['e1', true],
      ['e2', true],
    ]);
  });

  it('hands receipt verifiers the content of the receipt only, and of a document just its hash and size', async () => {
    const seen: ArchivedEntry[] = [];
    const verifyReceipt = (entry: ArchivedEntry): CheckResult => {
      seen.push(entry);
      return { valid: true };
    };
    await verifyArchive(buildArchive(archiveFiles(), DECIDED_AT), { verifyReceipt });
    expect(seen[0]!.files).toEqual([
      { path: 'entries/e1/documents/løsning.pdf', size: documents['e1']!.length, sha256: sha256Hex(documents['e1']!) },
      { path: 'entries/e1/receipt.json', size: receiptFor('e1').length, sha256: sha256Hex(receiptFor('e1')), bytes: receiptFor('e1') },
    ]);
  });

  it('detects a file changed after the export', async () => {
    const zip = tampered((files) => files.set('sheets/ranking.csv', strToU8('\uFEFFrank;entry\r\n1;Entry 2\r\n')));
    const result = await verifyArchive(zip);
    expect(result.valid).toBe(false);
    expect(result.mismatched).toEqual([
      expect.objectContaining({ path: 'sheets/ranking.csv', actualSha256: sha256Hex(strToU8('\uFEFFrank;entry\r\n1;Entry 2\r\n')) }),
    ]);
  });

  it('detects a document changed after the export', async () => {
    const path = entryDocumentPath('e1', 'løsning.pdf');
    const result = await verifyArchive(
      tampered((files) => files.set(path, strToU8('%PDF-1.7 løsning 7'))), // same size, other content
      { verifyReceipt: verifyToyReceipt },
    );
    expect(result.valid).toBe(false);
    expect(result.mismatched).toEqual([expect.objectContaining({ path, expectedSha256: sha256Hex(documents['e1']!), expectedSize: documents['e1']!.length })]);
    expect(result.receipts?.results.find((r) => r.entryId === 'e1')).toMatchObject({ valid: false, reason: 'document løsning.pdf differs' });
  });

  it('detects a removed file and an added one', async () => {
    const zip = tampered((files) => {
      files.delete('ocds-release-package.json');
      files.set('notes.txt', strToU8('added later'));
    });
    const result = await verifyArchive(zip);
    expect(result.valid).toBe(false);
    expect(result.missing).toEqual(['ocds-release-package.json']);
    expect(result.extra).toEqual(['notes.txt']);
  });

  it('detects a document swapped together with an updated manifest, through the receipt', async () => {
    const zip = tampered((files) => {
      const path = entryDocumentPath('e2', 'løsning.pdf');
      const swapped = strToU8('%PDF-1.7 en anden løsning');
      files.set(path, swapped);
      const manifest = JSON.parse(strFromU8(files.get('manifest.json')!)) as { files: Array<{ path: string; sha256: string; size: number }> };
      for (const f of manifest.files) if (f.path === path) Object.assign(f, { sha256: sha256Hex(swapped), size: swapped.length });
      files.set('manifest.json', strToU8(JSON.stringify(manifest)));
    });
    const result = await verifyArchive(zip, { verifyReceipt: verifyToyReceipt });
    expect(result.mismatched).toEqual([]);
    expect(result.valid).toBe(false);
    expect(result.receipts?.results.find((r) => r.entryId === 'e2')).toMatchObject({ valid: false, reason: 'document løsning.pdf differs' });
  });

  it('reports an entry whose receipt is missing', async () => {
    const zip = buildArchive(archiveFiles().filter((f) => f.path !== entryReceiptPath('e1')), DECIDED_AT);
    const result = await verifyArchive(zip, { verifyReceipt: verifyToyReceipt, expectedEntryIds: entryIds });
    expect(result.valid).toBe(false);
    expect(result.receipts?.missing).toEqual(['e1']);
  });

  it('reports a receipt that is not JSON and a verifier that throws', async () => {
    const zip = buildArchive(
      archiveFiles().map((f) => (f.path === entryReceiptPath('e1') ? { ...f, bytes: strToU8('not json') } : f)),
      DECIDED_AT,
    );
    const result = await verifyArchive(zip, {
      verifyReceipt: (entry) => {
        if (entry.entryId === 'e2') throw new Error('verifier crashed');
        return { valid: true };
      },
    });
    expect(result.receipts?.results).toEqual([
      { entryId: 'e1', path: 'entries/e1/receipt.json', valid: false, reason: 'receipt.json is not JSON' },
      { entryId: 'e2', path: 'entries/e2/receipt.json', valid: false, reason: 'verifier crashed' },
    ]);
  });

  it('passes the audit chain check through', async () => {
    const zip = buildArchive(archiveFiles(), DECIDED_AT);
    expect(await verifyArchive(zip, { verifyAuditChain: () => ({ valid: false, reason: 'entry 7 broken' }) })).toMatchObject({
      valid: false,
      auditChain: { valid: false, reason: 'entry 7 broken' },
    });
  });

  it('detects a second entry hidden under the name of an existing one', async () => {
    const zip = tampered((files) => files.set('sheets/rankinG.csv', strToU8('\uFEFFrank;entry\r\n1;Entry 9\r\n')));
    // Rename the added entry in place (same length), so the archive holds the name twice.
    const text = strFromU8(zip, true);
    const patched = strToU8(text.replaceAll('sheets/rankinG.csv', 'sheets/ranking.csv'), true);
    const result = await verifyArchive(patched);
    expect(result.valid).toBe(false);
    expect(result.problems.map((p) => p.code)).toContain('archive.duplicate-entry');
  });

  it('reports a truncated archive as unreadable', async () => {
    const zip = buildArchive(archiveFiles(), DECIDED_AT);
    for (const cut of [zip.subarray(0, zip.length - 1), zip.subarray(0, zip.length / 2), new Uint8Array()]) {
      expect((await verifyArchive(cut)).problems).toEqual([expect.objectContaining({ code: 'archive.unreadable', detail: expect.stringMatching(/truncated/) })]);
    }
  });

  it('reports bytes that are not a ZIP, and an archive without a manifest', async () => {
    expect((await verifyArchive(strToU8('hello'))).problems.map((p) => p.code)).toEqual(['archive.unreadable']);
    const noManifest = buildDeterministicZip(archiveFiles(), DECIDED_AT);
    const result = await verifyArchive(noManifest);
    expect(result.valid).toBe(false);
    expect(result.problems[0]).toMatchObject({ code: 'archive.manifest-missing', message: { en: 'The archive has no manifest.json.' } });
  });
});
