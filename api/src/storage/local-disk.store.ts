import { createReadStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { DocumentStore, objectKey } from './document-store.js';

export class LocalDiskStore extends DocumentStore {
  private readonly root: string;
  private readonly madeDirs = new Set<string>();

  constructor(dir: string) {
    super();
    this.root = resolve(dir);
  }

  private path(sha256: string): string {
    return join(this.root, 'objects', objectKey(sha256));
  }

  tempDir(): string {
    return join(this.root, 'tmp');
  }

  async putFile(tempPath: string, sha256: string): Promise<void> {
    const target = this.path(sha256);
    const dir = dirname(target);
    if (!this.madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    // A rename within one file system is atomic: readers see the whole file or none. Replacing a
    // stored file is harmless, as its name is its content's hash.
    await rename(tempPath, target).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      await mkdir(dir, { recursive: true }); // the directory went away meanwhile
      await rename(tempPath, target);
    });
  }

  async open(sha256: string): Promise<Readable> {
    const path = this.path(sha256);
    await access(path);
    return createReadStream(path);
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await access(this.path(sha256));
      return true;
    } catch {
      return false;
    }
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.path(sha256), { force: true });
  }
}
