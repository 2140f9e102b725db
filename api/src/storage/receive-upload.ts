import { isUtf8 } from 'node:buffer';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type';
import { createTextContentChecker, splitExtension, ALLOWED_DOCUMENT_TYPES } from '@fairpitch/shared/submissions';
import { AppError } from '../common/app-error.js';
import { MultipartError, MultipartFileReader, multipartBoundary } from './multipart-file.js';

export interface ReceivedFile {
  tempPath: string;
  originalName: string;
  size: number;
  sha256: string;
  detectedMime: string | null;
}

// file-type needs at most this many leading bytes to recognise a signature from a buffer.
const HEAD_BYTES = 4100;

/** Counts and hashes bytes on their way to disk, and stops the stream past the size limit. */
class Meter extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  private readonly headChunks: Buffer[] = [];
  private headLength = 0;
  private readonly text = createTextContentChecker({ isWellFormedUtf8: isUtf8 });
  constructor(
    private readonly maxBytes: number,
    private readonly checkText: boolean,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return done(new AppError('upload.too-large', 413));
    this.hash.update(chunk);
    if (this.checkText) this.text.push(chunk);
    if (this.headLength < HEAD_BYTES) {
      this.headChunks.push(chunk.subarray(0, HEAD_BYTES - this.headLength));
      this.headLength += Math.min(chunk.length, HEAD_BYTES - this.headLength);
    }
    done(null, chunk);
  }
  /** The first bytes, for type detection without reading the file again. */
  head(): Buffer {
    return Buffer.concat(this.headChunks, this.headLength);
  }
  textProblem(): string | null {
    if (!this.checkText) return null;
    const result = this.text.result();
    return result.ok ? null : result.code;
  }
}

/** Temporary folders already made by this process. */
const preparedTempDirs = new Set<string>();

/**
 * Streams the single `file` part of a multipart request to a temporary file, never holding it in
 * memory: hashing, counting and (for text types) UTF-8 checking happen on the way. The type is
 * then detected from the bytes on disk.
 */
export async function receiveUpload(request: Request, options: { tempDir: string; maxBytes: number }): Promise<ReceivedFile> {
  const type = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data/i.test(type)) throw new AppError('request.unsupported_media_type', 415);
  const boundary = multipartBoundary(type);
  if (!boundary) throw new AppError('validation.invalid', 400);
  if (!preparedTempDirs.has(options.tempDir)) {
    await mkdir(options.tempDir, { recursive: true });
    preparedTempDirs.add(options.tempDir);
  }
  const tempPath = join(options.tempDir, `${randomUUID()}.part`);

  return new Promise<ReceivedFile>((resolve, reject) => {
    let settled = false;
    let sawFile = false;
    let reader: MultipartFileReader | undefined;
    const fail = (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') preparedTempDirs.delete(options.tempDir); // removed under us: made again next time
      if (settled) return;
      settled = true;
      request.unpipe();
      request.resume(); // drain what is left so the client gets our answer
      reader?.destroy(); // ends a file part still being written, so its file is closed
      void rm(tempPath, { force: true }).finally(() => reject(error));
    };
    let files = 0;
    reader = new MultipartFileReader(boundary, { parts: 6, headerBytes: 16 * 1024 }, (field, stream, info) => {
      // One file per upload: a second one, in whatever field, refuses the request.
      if (++files > 1) {
        stream.resume();
        return fail(new AppError('upload.too-many-files', 400));
      }
      if (field !== 'file') {
        stream.resume();
        return;
      }
      sawFile = true;
      const extension = splitExtension(info.filename)[1].toLowerCase();
      const checkText = ALLOWED_DOCUMENT_TYPES[extension]?.text ?? false;
      const meter = new Meter(options.maxBytes, checkText);
      pipeline(stream, meter, createWriteStream(tempPath, { highWaterMark: 1024 * 1024 }))
        .then(async () => {
          const textProblem = meter.textProblem();
          if (textProblem) throw new AppError(textProblem, 400);
          // A text file's whole content was checked on the way (UTF-8, no NUL), so a signature at
          // its start is all that can still give it away; other types are read from disk, where
          // file-type may look past the first bytes (inside ZIP containers, for instance).
          const detected = meter.size === 0 ? undefined : checkText ? await fileTypeFromBuffer(meter.head()) : await fileTypeFromFile(tempPath);
          if (settled) return;
          settled = true;
          resolve({ tempPath, originalName: info.filename, size: meter.size, sha256: meter.hash.digest('hex'), detectedMime: detected?.mime ?? null });
        })
        .catch(fail);
    });
    reader.on('error', () => fail(new AppError('validation.invalid', 400)));
    reader.on('finish', () => {
      if (!sawFile) fail(AppError.validation([{ path: 'file', code: 'validation.required' }]));
    });
    // A client that goes away mid-upload ends nothing: stop the file so its temporary copy goes too.
    request.on('close', () => {
      if (!request.complete) reader?.destroy(new MultipartError('the upload was abandoned'));
    });
    request.pipe(reader);
  });
}
