import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { AppConfig } from '../config/app-config.js';
import { DocumentStore, objectKey } from './document-store.js';

const UPLOAD_ATTEMPTS = 3;
const UPLOAD_RETRY_BASE_MS = 200;
const TRANSIENT_CODES = new Set(['SlowDown', 'ServiceUnavailable', 'InternalError', 'RequestTimeout', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNREFUSED']);

/** Throttling, server-side and connection failures, which the same request may get past later. */
function isTransient(error: unknown): boolean {
  const { name, code, $metadata } = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const status = $metadata?.httpStatusCode;
  return (status !== undefined && (status === 429 || status >= 500)) || TRANSIENT_CODES.has(name ?? '') || TRANSIENT_CODES.has(code ?? '');
}

/** S3-compatible bucket (MinIO in the compose file, or a cloud bucket in the EU). */
export class S3Store extends DocumentStore {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: AppConfig['storage']['s3']) {
    super();
    this.bucket = config.bucket!;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId!, secretAccessKey: config.secretAccessKey! },
    });
  }

  tempDir(): string {
    return join(tmpdir(), 'fairpitch-uploads');
  }

  async putFile(tempPath: string, sha256: string, size: number): Promise<void> {
    try {
      if (!(await this.exists(sha256))) await this.upload(tempPath, sha256, size);
    } finally {
      await rm(tempPath, { force: true });
    }
  }

  /**
   * The SDK never retries a request whose body is a stream (it cannot rewind it), so a 503 SlowDown
   * from a busy MinIO, or a dropped connection, would fail the upload outright. We retry here with
   * a fresh stream from the file: a PUT is atomic and the key is the content's hash, so repeating
   * it is harmless. The explicit SHA-256 lets the server refuse bytes that do not match their name,
   * and also keeps the SDK from sending aws-chunked bodies with checksum trailers, which some
   * S3-compatible servers do not understand.
   */
  private async upload(tempPath: string, sha256: string, size: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const body = createReadStream(tempPath);
      try {
        await this.client.send(
          new PutObjectCommand({ Bucket: this.bucket, Key: objectKey(sha256), Body: body, ContentLength: size, ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64') }),
        );
        return;
      } catch (error) {
        if (attempt >= UPLOAD_ATTEMPTS || !isTransient(error)) throw error;
        await delay(UPLOAD_RETRY_BASE_MS * 4 ** (attempt - 1) * (0.5 + Math.random()));
      } finally {
        body.destroy();
      }
    }
  }

  async open(sha256: string): Promise<Readable> {
    const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: objectKey(sha256) }));
    return response.Body as Readable;
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: objectKey(sha256) }));
      return true;
    } catch (error) {
      if ((error as { name?: string }).name === 'NotFound') return false;
      throw error;
    }
  }

  async remove(sha256: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: objectKey(sha256) }));
  }
}
