import type { Localised } from '../../common/localised.js';
import type { Sha256Stream } from '../../common/sha256.js';
import { compareCodePoints } from '../compare.js';
import { isReadByVerifiers } from './archive-layout.js';
import { UnreadableArchiveError, type ArchiveSource } from './archive-source.js';
import { MANIFEST_PATH, parseManifest, type ArchiveManifest } from './manifest.js';
import { scanArchive, type KeptFiles, type ScannedArchive } from './scan-archive.js';
import { verifyReceiptsInArchive, type CheckResult, type ReceiptVerifier, type ReceiptsVerification } from './verify-receipts-in-archive.js';

export type ArchiveProblemCode =
  | 'archive.unreadable'
  | 'archive.duplicate-entry'
  | 'archive.manifest-missing'
  | 'archive.manifest-invalid'
  | 'archive.manifest-duplicate-path';

export interface ArchiveProblem {
  code: ArchiveProblemCode;
  message: Localised;
  detail?: string;
}

export interface MismatchedFile {
  path: string;
  expectedSha256: string;
  actualSha256: string;
  expectedSize: number;
  actualSize: number;
}

export interface ArchiveVerification {
  valid: boolean;
  manifest: ArchiveManifest | null;
  /** Listed in the manifest but not in the archive. */
  missing: string[];
  /** In the archive but not listed in the manifest. */
  extra: string[];
  /** Present, but the content differs from what the manifest recorded: tampered with. */
  mismatched: MismatchedFile[];
  problems: ArchiveProblem[];
  receipts?: ReceiptsVerification;
  auditChain?: CheckResult;
}

export interface VerifyArchiveOptions {
  /** Also check every entry's receipt (see verifyReceiptsInArchive). */
  verifyReceipt?: ReceiptVerifier;
  /** Entry ids that must have a receipt in the archive. */
  expectedEntryIds?: readonly string[];
  /** Also check the audit-log extract's hash chain (the audit area's verifier), from the files it reads. */
  verifyAuditChain?: (kept: KeptFiles) => CheckResult;
  /** SHA-256 to use for the files; the default is pure JS (see `scanArchive`). */
  createSha256?: () => Sha256Stream;
  /** CRC-32 to use for the files; the default is pure JS (see `scanArchive`). */
  crc32Update?: (crc: number, bytes: Uint8Array) => number;
}

const MESSAGES: Record<ArchiveProblemCode, Localised> = {
  'archive.unreadable': { da: 'Filen kan ikke læses som et ZIP-arkiv.', en: 'The file cannot be read as a ZIP archive.' },
  'archive.duplicate-entry': { da: 'Arkivet indeholder to filer med samme navn.', en: 'The archive holds two files with the same name.' },
  'archive.manifest-missing': { da: 'Arkivet har ingen manifest.json.', en: 'The archive has no manifest.json.' },
  'archive.manifest-invalid': { da: 'manifest.json kan ikke læses.', en: 'manifest.json cannot be read.' },
  'archive.manifest-duplicate-path': { da: 'manifest.json nævner den samme fil to gange.', en: 'manifest.json lists the same file twice.' },
};

function problem(code: ArchiveProblemCode, detail?: string): ArchiveProblem {
  return detail === undefined ? { code, message: MESSAGES[code] } : { code, message: MESSAGES[code], detail };
}

function failed(problems: ArchiveProblem[], manifest: ArchiveManifest | null = null): ArchiveVerification {
  return { valid: false, manifest, missing: [], extra: [], mismatched: [], problems };
}

/**
 * Verifies an archive against its own manifest: every listed file present with the recorded
 * SHA-256 and size, nothing unlisted, no name twice; then, when given, the receipts and the audit
 * chain. Any change to any file after the export shows up here. The archive is read a chunk at a
 * time from the source, so its size does not matter (see `scanArchive`).
 */
export async function verifyArchive(archive: ArchiveSource | Uint8Array, options: VerifyArchiveOptions = {}): Promise<ArchiveVerification> {
  let scanned: ScannedArchive;
  try {
    scanned = await scanArchive(archive, { keep: isReadByVerifiers, createSha256: options.createSha256, crc32Update: options.crc32Update });
  } catch (error) {
    if (error instanceof UnreadableArchiveError) return failed([problem('archive.unreadable', error.message)]);
    throw error;
  }
  const { names, files, crcMismatches } = scanned;
  const problems: ArchiveProblem[] = [];
  const duplicates = namesGivenTwice(names);
  if (duplicates.length > 0) problems.push(problem('archive.duplicate-entry', duplicates.join(', ')));
  // Damage as ZIP tools see it; a listed file's changed content is also reported as mismatched.
  if (crcMismatches.length > 0) problems.push(problem('archive.unreadable', `content does not match its CRC-32: ${crcMismatches.join(', ')}`));

  const manifestBytes = files.get(MANIFEST_PATH)?.bytes;
  if (!manifestBytes) return failed([...problems, problem('archive.manifest-missing')]);
  const parsed = parseManifest(manifestBytes);
  if (!parsed.ok) return failed([...problems, problem('archive.manifest-invalid', parsed.reason)]);
  const { manifest } = parsed;

  const listed = new Map<string, { sha256: string; size: number }>();
  for (const file of manifest.files) {
    if (listed.has(file.path)) problems.push(problem('archive.manifest-duplicate-path', file.path));
    listed.set(file.path, file);
  }
  const missing: string[] = [];
  const mismatched: MismatchedFile[] = [];
  for (const [path, expected] of [...listed].toSorted(([a], [b]) => compareCodePoints(a, b))) {
    const actual = files.get(path);
    if (!actual) {
      missing.push(path);
      continue;
    }
    if (actual.sha256 !== expected.sha256 || actual.size !== expected.size) {
      mismatched.push({ path, expectedSha256: expected.sha256, actualSha256: actual.sha256, expectedSize: expected.size, actualSize: actual.size });
    }
  }
  const extra = [...files.keys()].filter((path) => path !== MANIFEST_PATH && !listed.has(path)).toSorted(compareCodePoints);

  const receipts = options.verifyReceipt ? verifyReceiptsInArchive(files, options.verifyReceipt, options.expectedEntryIds) : undefined;
  const auditChain = options.verifyAuditChain ? options.verifyAuditChain(keptFiles(scanned)) : undefined;
  const valid =
    problems.length === 0 &&
    missing.length === 0 &&
    extra.length === 0 &&
    mismatched.length === 0 &&
    (receipts?.valid ?? true) &&
    (auditChain?.valid ?? true);
  return {
    valid,
    manifest,
    missing,
    extra,
    mismatched,
    problems,
    ...(receipts ? { receipts } : {}),
    ...(auditChain ? { auditChain } : {}),
  };
}

function keptFiles({ files }: ScannedArchive): KeptFiles {
  return new Map([...files.values()].flatMap((file) => (file.bytes ? [[file.path, file.bytes] as const] : [])));
}

/** Each name the central directory holds more than once (most unzip tools would show one of them). */
function namesGivenTwice(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const name of names) (seen.has(name) ? twice : seen).add(name);
  return [...twice];
}
