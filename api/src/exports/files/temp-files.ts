import { createHash } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DocumentStore } from '../../storage/document-store.js';
import { readInPlace } from './read-in-place.js';
import { exportFileStream } from './yield-to-io.js';

export interface WrittenFile {
  name: string;
  path: string;
  sha256: string;
  size: number;
}

/**
 * A folder of temporary files for one export, removed afterwards whatever happened. It is named
 * after the export, so an attempt whose process died before it could clean up leaves nothing
 * behind once the export is attempted again.
 */
export class TempFiles {
  private constructor(
    /** The folder; files written here go with it. */
    readonly dir: string,
  ) {}

  /** The export's folder, whether or not it exists. */
  private static of(store: DocumentStore, exportId: string): TempFiles {
    return new TempFiles(join(store.tempDir(), `export-${exportId}`));
  }

  static async create(store: DocumentStore, exportId: string): Promise<TempFiles> {
    const temp = TempFiles.of(store, exportId);
    await temp.remove();
    await mkdir(temp.dir, { recursive: true });
    return temp;
  }

  /** Removes what an attempt of the export left behind, if anything. */
  static discard(store: DocumentStore, exportId: string): Promise<void> {
    return TempFiles.of(store, exportId).remove();
  }

  /** Lets `write` produce the file at a temporary path (`name` may hold folders), then hashes it. */
  async write(name: string, write: (path: string) => Promise<void>): Promise<WrittenFile> {
    const path = join(this.dir, name);
    await mkdir(dirname(path), { recursive: true });
    await write(path);
    const hash = createHash('sha256');
    for await (const chunk of readInPlace(path)) hash.update(chunk);
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
