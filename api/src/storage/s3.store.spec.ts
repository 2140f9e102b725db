import 'reflect-metadata';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Readable } from 'node:stream';
import { CreateBucketCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Test } from '@nestjs/testing';
import S3rver from 's3rver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type AppConfig } from '../config/app-config.js';
import { ConfigModule } from '../config/config.module.js';
import { DocumentStore, objectKey } from './document-store.js';
import { LocalDiskStore } from './local-disk.store.js';
import { S3Store } from './s3.store.js';
import { StorageModule } from './storage.module.js';

// The S3 driver against a real S3-compatible HTTP server (s3rver, on the loopback interface), so
// the AWS SDK signs, encodes and streams exactly as it does against MinIO or a cloud bucket.

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const fileExists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

let s3rver: S3rver;
let http: Server;
let serverDir: string;
let workDir: string;
let config: AppConfig['storage']['s3'];
let admin: S3Client;
/** Every request the server received, to check what went over the wire. */
const seen: SeenRequest[] = [];
/** Failures to answer the next object PUTs with, one each, before s3rver sees them. */
const failNextPuts: Array<'slow-down' | 'reset'> = [];

/** Writes bytes to a fresh temporary file, as receiveUpload leaves an upload. */
async function tempFile(bytes: Buffer): Promise<string> {
  const path = join(workDir, `${randomUUID()}.part`);
  await writeFile(path, bytes);
  return path;
}

const headObject = (hash: string) => admin.send(new HeadObjectCommand({ Bucket: config.bucket, Key: objectKey(hash) }));

beforeAll(async () => {
  serverDir = await mkdtemp(join(tmpdir(), 's3rver-'));
  workDir = await mkdtemp(join(tmpdir(), 's3store-'));
  s3rver = new S3rver({ directory: serverDir, silent: true });
  // s3rver's request handler behind our own HTTP server (rather than s3rver.run()), so that tests
  // can see what went over the wire and answer a PUT with a failure first.
  const handle = s3rver.callback();
  http = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://s3');
    seen.push({ method: request.method ?? '', url: url.pathname, headers: request.headers });
    const failure = request.method === 'PUT' && url.pathname.split('/').length > 2 ? failNextPuts.shift() : undefined;
    if (failure === 'reset') {
      request.socket.destroy();
    } else if (failure === 'slow-down') {
      response.writeHead(503, { 'content-type': 'application/xml', connection: 'close' });
      response.end('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>');
    } else {
      handle(request, response);
    }
  });
  await new Promise<void>((resolve, reject) => http.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  config = {
    endpoint: `http://127.0.0.1:${port}`,
    region: 'eu-north-1',
    bucket: 'fairpitch-documents',
    forcePathStyle: true,
    // s3rver's built-in development account; an unknown key id is refused.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
  };
  admin = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: true,
    credentials: { accessKeyId: config.accessKeyId!, secretAccessKey: config.secretAccessKey! },
  });
  await admin.send(new CreateBucketCommand({ Bucket: config.bucket }));
});

afterAll(async () => {
  admin?.destroy();
  if (http) {
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
  }
  if (serverDir) await rm(serverDir, { recursive: true, force: true });
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

beforeEach(() => {
  seen.length = 0;
  failNextPuts.length = 0;
});

describe('S3Store against an S3-compatible server', () => {
  let store: S3Store;
  beforeAll(() => {
    store = new S3Store(config);
  });

  it('stores a multi-megabyte file under its hash, consumes the temp file, and reads back the same bytes', async () => {
    const bytes = randomBytes(5 * 1024 * 1024 + 123);
    const hash = sha256(bytes);
    const path = await tempFile(bytes);
    expect(await store.exists(hash)).toBe(false);

    await store.putFile(path, hash, bytes.length);

    expect(await fileExists(path)).toBe(false);
    expect(await store.exists(hash)).toBe(true);
    expect((await headObject(hash)).ContentLength).toBe(bytes.length);
    const read = await readAll(await store.open(hash));
    expect(read.length).toBe(bytes.length);
    expect(sha256(read)).toBe(hash);
    expect(read.equals(bytes)).toBe(true);
  });

  it('sends the plain bytes with their SHA-256, so that the server can refuse bytes that do not match the name', async () => {
    const bytes = randomBytes(3 * 1024 * 1024);
    const hash = sha256(bytes);
    await store.putFile(await tempFile(bytes), hash, bytes.length);

    const uploads = seen.filter((request) => request.method === 'PUT');
    expect(uploads).toHaveLength(1);
    const [upload] = uploads;
    expect(upload!.url).toBe(`/${config.bucket}/${objectKey(hash)}`);
    expect(upload!.headers['x-amz-checksum-sha256']).toBe(Buffer.from(hash, 'hex').toString('base64'));
    // No aws-chunked framing with checksum trailers: S3-compatible servers that do not decode it
    // (s3rver among them) would store the framing as part of the document.
    expect(upload!.headers['content-encoding']).toBeUndefined();
    expect(upload!.headers['content-length']).toBe(String(bytes.length));
  });

  it('stores small and empty files', async () => {
    for (const bytes of [Buffer.from('Æblegrød 😀\n'), Buffer.alloc(0)]) {
      const hash = sha256(bytes);
      const path = await tempFile(bytes);
      await store.putFile(path, hash, bytes.length);
      expect(await fileExists(path)).toBe(false);
      expect(await store.exists(hash)).toBe(true);
      expect((await readAll(await store.open(hash))).equals(bytes)).toBe(true);
    }
  });

  it('does not upload again what is already stored, yet still consumes the temp file', async () => {
    const bytes = randomBytes(2 * 1024 * 1024);
    const hash = sha256(bytes);
    await store.putFile(await tempFile(bytes), hash, bytes.length);
    const before = await headObject(hash);
    seen.length = 0;

    // Other bytes under the same name, so that an upload could not go unnoticed.
    const again = await tempFile(randomBytes(bytes.length));
    await store.putFile(again, hash, bytes.length);

    expect(await fileExists(again)).toBe(false);
    expect(seen.filter((request) => request.method === 'PUT')).toEqual([]);
    expect((await headObject(hash)).ETag).toBe(before.ETag);
    expect((await readAll(await store.open(hash))).equals(bytes)).toBe(true);
  });

  it('remove makes a document disappear, and removing it again is harmless', async () => {
    const bytes = randomBytes(4096);
    const hash = sha256(bytes);
    await store.putFile(await tempFile(bytes), hash, bytes.length);
    expect(await store.exists(hash)).toBe(true);

    await store.remove(hash);

    expect(await store.exists(hash)).toBe(false);
    await expect(store.open(hash)).rejects.toMatchObject({ name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } });
    await expect(store.remove(hash)).resolves.toBeUndefined();
  });

  it('answers false for a document never stored, and open rejects for it', async () => {
    const hash = sha256(randomBytes(32));
    expect(await store.exists(hash)).toBe(false);
    await expect(store.open(hash)).rejects.toMatchObject({ name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } });
  });

  it('keeps documents apart: each hash reads back its own bytes', async () => {
    const documents = [randomBytes(1000), randomBytes(1000), randomBytes(300_000)];
    await Promise.all(documents.map(async (bytes) => store.putFile(await tempFile(bytes), sha256(bytes), bytes.length)));
    for (const bytes of documents) expect((await readAll(await store.open(sha256(bytes)))).equals(bytes)).toBe(true);
  });

  it('rejects a malformed hash without a request, and still removes the temp file', async () => {
    const path = await tempFile(Buffer.from('x'));
    await expect(store.putFile(path, '../../etc/passwd', 1)).rejects.toThrow(/SHA-256/);
    expect(await fileExists(path)).toBe(false);
    await expect(store.exists('ABC')).rejects.toThrow(/SHA-256/);
    await expect(store.open(sha256(Buffer.from('x')).toUpperCase())).rejects.toThrow(/SHA-256/);
    expect(seen).toEqual([]);
  });

  it('removes the temp file when the upload fails, and reports the failure', async () => {
    const missingBucket = new S3Store({ ...config, bucket: 'no-such-bucket' });
    const bytes = Buffer.from('lost');
    const path = await tempFile(bytes);
    await expect(missingBucket.putFile(path, sha256(bytes), bytes.length)).rejects.toMatchObject({ name: 'NoSuchBucket' });
    expect(await fileExists(path)).toBe(false);
    expect(seen.filter((request) => request.method === 'PUT')).toHaveLength(1); // not worth trying again
  });

  it('tries an upload again after the server asks to slow down or drops the connection', async () => {
    for (const failure of ['slow-down', 'reset'] as const) {
      seen.length = 0;
      failNextPuts.push(failure);
      const bytes = randomBytes(2 * 1024 * 1024);
      const hash = sha256(bytes);
      const path = await tempFile(bytes);

      await store.putFile(path, hash, bytes.length);

      expect(seen.filter((request) => request.method === 'PUT')).toHaveLength(2);
      expect(await fileExists(path)).toBe(false);
      expect((await readAll(await store.open(hash))).equals(bytes)).toBe(true);
    }
  });

  it('gives up after a few attempts, reports the failure and still removes the temp file', async () => {
    failNextPuts.push('slow-down', 'slow-down', 'slow-down', 'slow-down');
    const bytes = randomBytes(1000);
    const hash = sha256(bytes);
    const path = await tempFile(bytes);

    await expect(store.putFile(path, hash, bytes.length)).rejects.toMatchObject({ name: 'SlowDown' });

    expect(seen.filter((request) => request.method === 'PUT')).toHaveLength(3);
    expect(await fileExists(path)).toBe(false);
    expect(await store.exists(hash)).toBe(false);
  });

  it('reports a refused request instead of answering "absent"', async () => {
    const unknownKey = new S3Store({ ...config, accessKeyId: 'NOT-A-KNOWN-KEY' });
    await expect(unknownKey.exists(sha256(Buffer.from('x')))).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
  });

  it('names an absolute temporary directory for uploads', () => {
    expect(isAbsolute(store.tempDir())).toBe(true);
  });
});

describe('StorageModule', () => {
  const env = (extra: Record<string, string>) => ({ DATABASE_URL: 'postgres://u@localhost:5432/db', REDIS_URL: 'redis://localhost:6379', ...extra });

  async function storeFor(source: Record<string, string>): Promise<DocumentStore> {
    const moduleRef = await Test.createTestingModule({ imports: [ConfigModule.forRoot(loadConfig(source)), StorageModule] }).compile();
    return moduleRef.get(DocumentStore);
  }

  it('gives an S3Store, configured from the environment, when STORAGE_DRIVER=s3', async () => {
    const store = await storeFor(
      env({
        STORAGE_DRIVER: 's3',
        S3_ENDPOINT: config.endpoint!,
        S3_REGION: config.region,
        S3_BUCKET: config.bucket!,
        S3_ACCESS_KEY_ID: config.accessKeyId!,
        S3_SECRET_ACCESS_KEY: config.secretAccessKey!,
        S3_FORCE_PATH_STYLE: 'true',
      }),
    );
    expect(store).toBeInstanceOf(S3Store);

    const bytes = randomBytes(10_000);
    const hash = sha256(bytes);
    await store.putFile(await tempFile(bytes), hash, bytes.length);
    expect((await headObject(hash)).ContentLength).toBe(bytes.length);
    expect((await readAll(await store.open(hash))).equals(bytes)).toBe(true);
  });

  it('gives the local-disk store by default', async () => {
    const store = await storeFor(env({ STORAGE_DIR: workDir }));
    expect(store).toBeInstanceOf(LocalDiskStore);
    expect(store.tempDir()).toBe(join(workDir, 'tmp'));
  });
});
