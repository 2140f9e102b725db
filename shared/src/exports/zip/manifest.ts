import { strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { sha256Hex } from '../../common/sha256.js';
import { compareCodePoints } from '../compare.js';
import { toUtcTimestamp } from '../utc-timestamp.js';
import { ARCHIVE_LAYOUT } from './archive-layout.js';
import { concatBytes, type ZipFile } from './build-deterministic-zip.js';

export const MANIFEST_PATH = ARCHIVE_LAYOUT.manifest;
export const MANIFEST_VERSION = 1;

export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

export interface ArchiveManifest {
  version: typeof MANIFEST_VERSION;
  /** The decision time (or the snapshot time of a DRAFT), never the wall clock. */
  generatedAt: string;
  /** Every file of the archive except the manifest itself, sorted by path. */
  files: ManifestFile[];
}

export function manifestEntry(file: ZipFile): ManifestFile {
  return { path: file.path, sha256: sha256Hex(file.bytes), size: file.bytes.length };
}

export function buildManifest(files: readonly ZipFile[], generatedAt: string): ArchiveManifest {
  return {
    version: MANIFEST_VERSION,
    generatedAt: toUtcTimestamp(generatedAt),
    files: files.map(manifestEntry).toSorted((a, b) => compareCodePoints(a.path, b.path)),
  };
}

/** manifest.json as bytes: keys in a fixed order, two-space indentation, final newline. */
export function serialiseManifest(manifest: ArchiveManifest): Uint8Array {
  const ordered = {
    version: manifest.version,
    generatedAt: manifest.generatedAt,
    files: manifest.files.map(({ path, sha256, size }) => ({ path, sha256, size })),
  };
  return strToU8(`${JSON.stringify(ordered, null, 2)}\n`);
}

/**
 * manifest.json built one file at a time, for archives too large to list in memory as objects:
 * the same bytes as `serialiseManifest` of the same files (given in path order).
 */
export class ManifestWriter {
  /**
   * The text so far as UTF-8, outside the JavaScript heap: an archive of 10,000 entries lists
   * some 40,000 files, and the strings built up line by line took half as much again.
   */
  private readonly pieces: Uint8Array[] = [];
  private text: string;
  private count = 0;

  constructor(generatedAt: string) {
    this.text = `{\n  "version": ${MANIFEST_VERSION},\n  "generatedAt": ${JSON.stringify(toUtcTimestamp(generatedAt))},\n  "files": [`;
  }

  add({ path, sha256, size }: ManifestFile): void {
    this.text += `${this.count ? ',' : ''}\n    {\n      "path": ${JSON.stringify(path)},\n      "sha256": ${JSON.stringify(sha256)},\n      "size": ${JSON.stringify(size)}\n    }`;
    this.count += 1;
    if (this.text.length > 64 * 1024) {
      this.pieces.push(strToU8(this.text));
      this.text = '';
    }
  }

  finish(): Uint8Array {
    const end = this.count ? '\n  ]\n}\n' : ']\n}\n';
    return concatBytes([...this.pieces, strToU8(this.text + end)]);
  }
}

const manifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  generatedAt: z.string(),
  files: z.array(
    z.object({
      path: z.string().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      size: z.number().int().nonnegative(),
    }),
  ),
});

export type ManifestParseResult = { ok: true; manifest: ArchiveManifest } | { ok: false; reason: string };

export function parseManifest(bytes: Uint8Array): ManifestParseResult {
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(bytes));
  } catch {
    return { ok: false, reason: 'manifest.json is not JSON' };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `manifest.json has the wrong shape: ${parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')}` };
  return { ok: true, manifest: parsed.data };
}
