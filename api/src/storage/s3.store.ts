import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { AppConfig } from '../config/app-config.js';
import { DocumentStore, objectKey } from './document-store.js';

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
      if (!(await this.exists(sha256))) {
        await this.client.send(
          new PutObjectCommand({ Bucket: this.bucket, Key: objectKey(sha256), Body: createReadStream(tempPath), ContentLength: size, ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64') }),
        );
      }
    } finally {
      await rm(tempPath, { force: true });
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
