import type { Readable } from 'node:stream';

/**
 * Where documents live, addressed by their SHA-256: the same bytes are stored once, and what is
 * stored can always be checked against its name. Drivers: local disk and S3-compatible buckets.
 */
export abstract class DocumentStore {
  /** Moves a fully written temporary file into the store under its hash (the temp file is consumed). */
  abstract putFile(tempPath: string, sha256: string, size: number): Promise<void>;
  abstract open(sha256: string): Promise<Readable>;
  abstract exists(sha256: string): Promise<boolean>;
  abstract remove(sha256: string): Promise<void>;
  /** A directory for temporary upload files, on the same file system when possible. */
  abstract tempDir(): string;
}

export function objectKey(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256 hex digest');
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}
