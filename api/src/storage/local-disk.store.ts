import { createReadStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { DocumentStore, objectKey } from './document-store.js';

export class LocalDiskStore extends DocumentStore {
  private readonly root: string;

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
    if (await this.exists(sha256)) {
      await rm(tempPath, { force: true });
      return;
    }
    await mkdir(dirname(target), { recursive: true });
    // A rename within one file system is atomic: readers see the whole file or none.
    await rename(tempPath, target);
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
