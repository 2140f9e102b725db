import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DocumentStore } from '../../storage/document-store.js';
import { exportFileStream } from './yield-to-io.js';

export interface WrittenFile {
  name: string;
  path: string;
  sha256: string;
  size: number;
}

/** A folder of temporary files for one export run, removed afterwards whatever happened. */
export class TempFiles {
  private constructor(
    /** The folder; files written here go with it. */
    readonly dir: string,
  ) {}

  static async create(store: DocumentStore): Promise<TempFiles> {
    const dir = join(store.tempDir(), `export-${randomUUID()}`);
    await mkdir(dir, { recursive: true });
    return new TempFiles(dir);
  }

  /** Lets `write` produce the file at a temporary path (`name` may hold folders), then hashes it. */
  async write(name: string, write: (path: string) => Promise<void>): Promise<WrittenFile> {
    const path = join(this.dir, name);
    await mkdir(dirname(path), { recursive: true });
    await write(path);
    const hash = createHash('sha256');
    await pipeline(createReadStream(path), hash);
    return { name, path, sha256: hash.digest('hex'), size: (await stat(path)).size };
  }

  /** Streams chunks into a temporary file. */
  async writeChunks(name: string, chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): Promise<WrittenFile> {
    return this.write(name, (path) => pipeline(Readable.from(chunks), exportFileStream(path)));
  }

  /** Hands the file to the document store, which consumes it: call once nothing else reads it. */
  async store(file: WrittenFile, store: DocumentStore): Promise<void> {
    await store.putFile(file.path, file.sha256, file.size);
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
