import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublished } from './support/challenge-fixtures.js';
import { PNG_BYTES, draftEntry, registerCompany, tinyPdf, upload } from './support/entry-fixtures.js';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';

describe('upload abuse', () => {
  let t: TestApp;
  let founder: TestUser;
  let entryId: string;
  let storageDir: string;
  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'fairpitch-storage-'));
    t = await startTestApp({ UPLOAD_MAX_FILE_MB: '1', UPLOAD_MAX_ENTRY_MB: '2', UPLOAD_MAX_FILES: '3', STORAGE_DIR: storageDir });
    const organiser = await signedInUser(t, 'staff', 'organiser');
    founder = await signedInUser(t, null, 'founder');
    await registerCompany(founder.client, 'Upload ApS');
    const challengeId = await createPublished(organiser.client);
    entryId = (await draftEntry(founder.client, challengeId)).id;
  });
  afterAll(() => t.close());

  it('refuses a file over the per-file limit with 413, keeping nothing of it', async () => {
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(tinyPdf());
    const response = await upload(founder.client, entryId, 'big.pdf', big);
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('upload.too-large');
    expect(await readdir(join(storageDir, 'tmp'))).toEqual([]);
  });

  it('refuses bytes that do not match the extension (magic bytes decide)', async () => {
    const response = await upload(founder.client, entryId, 'report.pdf', PNG_BYTES);
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('upload.type-mismatch');
    const binaryAsText = await upload(founder.client, entryId, 'notes.txt', tinyPdf());
    expect(binaryAsText.status).toBe(415);
  });

  it('refuses executable double extensions and unknown types', async () => {
    expect((await upload(founder.client, entryId, 'invoice.exe.pdf', tinyPdf())).body.code).toBe('upload.double-extension');
    expect((await upload(founder.client, entryId, 'setup.exe', new Uint8Array([0x4d, 0x5a, 0x90, 0]))).body.code).toBe('upload.type-not-allowed');
  });

  it('strips path components from file names', async () => {
    const response = await upload(founder.client, entryId, '..\\..\\windows/../../etc/passwd.pdf', tinyPdf('traversal'));
    expect(response.status).toBe(201);
    expect(response.body.fileName).toBe('passwd.pdf');
  });

  it('refuses an empty file and a request without a file', async () => {
    expect((await upload(founder.client, entryId, 'empty.pdf', new Uint8Array(0))).body.code).toBe('upload.empty-file');
    const form = new FormData();
    form.append('other', 'x');
    const none = await founder.client.request('POST', `/api/entries/${entryId}/attachments`, { body: form });
    expect(none.status).toBe(400);
    expect(none.body.fields[0].path).toBe('file');
  });

  it('refuses text files with invalid UTF-8 or NUL bytes', async () => {
    const response = await upload(founder.client, entryId, 'bad.md', new Uint8Array([0x48, 0x00, 0x49]));
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('upload.text-nul-byte');
  });

  it('refuses more files than an entry may hold', async () => {
    const before = (await founder.client.get(`/api/entries/${entryId}`)).body.attachments.length;
    for (let i = before; i < 3; i += 1) expect((await upload(founder.client, entryId, `doc${i}.pdf`, tinyPdf(`doc ${i}`))).status).toBe(201);
    const extra = await upload(founder.client, entryId, 'one-too-many.pdf', tinyPdf('extra'));
    expect(extra.status).toBe(400);
    expect(extra.body.code).toBe('upload.too-many-files');
  });

  it('refuses an upload that is not multipart', async () => {
    const response = await founder.client.post(`/api/entries/${entryId}/attachments`, { file: 'x' });
    expect(response.status).toBe(415);
  });
});
