import { readdir } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
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
  let organiser: TestUser;
  let entryId: string;
  let storageDir: string;
  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'fairpitch-storage-'));
    t = await startTestApp({ UPLOAD_MAX_FILE_MB: '1', UPLOAD_MAX_ENTRY_MB: '2', UPLOAD_MAX_FILES: '3', STORAGE_DIR: storageDir });
    organiser = await signedInUser(t, 'staff', 'organiser');
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

  it('frees a place when a document is taken off the draft', async () => {
    const attachments = (await founder.client.get(`/api/entries/${entryId}`)).body.attachments as { id: string }[];
    expect(attachments).toHaveLength(3);
    expect((await founder.client.delete(`/api/entries/${entryId}/attachments/${attachments[0]!.id}`)).status).toBe(204);
    expect((await founder.client.delete(`/api/entries/${entryId}/attachments/${attachments[0]!.id}`)).status).toBe(404);
    expect((await upload(founder.client, entryId, 'in-its-place.pdf', tinyPdf('replacement'))).status).toBe(201);
    expect((await upload(founder.client, entryId, 'still-too-many.pdf', tinyPdf('extra 2'))).body.code).toBe('upload.too-many-files');
  });

  it('does not let parallel uploads together pass the per-entry size limit', async () => {
    const colleague = await signedInUser(t, null, 'parallel');
    await registerCompany(colleague.client, 'Parallel ApS');
    const challengeId = await createPublished((await signedInUser(t, 'staff', 'organiser-2')).client);
    const parallelEntry = (await draftEntry(colleague.client, challengeId)).id;
    // Five documents of 0.9 MB at once into an entry that holds 2 MB: exactly two fit.
    const responses = await Promise.all(
      Array.from({ length: 5 }, (_, i) => {
        const bytes = new Uint8Array(900 * 1024).fill(0x20);
        bytes.set(tinyPdf(`parallel ${i}`));
        return upload(colleague.client, parallelEntry, `part-${i}.pdf`, bytes);
      }),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 201, 413, 413, 413]);
    expect(responses.filter((r) => r.status === 413).every((r) => r.body.code === 'upload.entry-too-large')).toBe(true);
    expect((await colleague.client.get(`/api/entries/${parallelEntry}`)).body.attachments).toHaveLength(2);
  });

  it('checks UTF-8 across the chunks a large text file arrives in', async () => {
    const colleague = await signedInUser(t, null, 'texts');
    await registerCompany(colleague.client, 'Tekst ApS');
    const challengeId = await createPublished((await signedInUser(t, 'staff', 'organiser-3')).client);
    const textEntry = (await draftEntry(colleague.client, challengeId)).id;
    // Two- to four-byte characters throughout, so some fall across chunk boundaries.
    const danish = 'Æblegrød på Østerbro — 😀 €\n'.repeat(20_000);
    expect((await upload(colleague.client, textEntry, 'notes.md', danish)).status).toBe(201);
    const latin1 = new Uint8Array(200_000).fill(0x41);
    latin1[150_000] = 0xc5; // "Å" in ISO-8859-1
    const refused = await upload(colleague.client, textEntry, 'latin1.txt', latin1);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('upload.text-invalid-utf8');
  });

  it('keeps nothing of an upload its client abandons halfway, and goes on taking uploads', async () => {
    const boundary = 'abandoned-upload-boundary';
    const outgoing = httpRequest(`${t.baseUrl}/api/entries/${entryId}/attachments`, {
      method: 'POST',
      headers: { cookie: founder.client.cookieHeader(), 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(900_000) },
    });
    outgoing.on('error', () => undefined);
    outgoing.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.txt"\r\nContent-Type: text/plain\r\n\r\n`);
    outgoing.write('half of a document\n'.repeat(20_000));
    const partFiles = async () => (await readdir(join(storageDir, 'tmp'))).filter((name) => name.endsWith('.part'));
    await expect.poll(partFiles, { timeout: 5000 }).toHaveLength(1);
    outgoing.destroy();
    await expect.poll(partFiles, { timeout: 5000 }).toEqual([]);
    const fresh = (await draftEntry(founder.client, await createPublished(organiser.client))).id;
    const after = await upload(founder.client, fresh, 'after.txt', 'still taking uploads\n', 'text/plain');
    expect(after.body).toMatchObject({ fileName: 'after.txt' });
  });

  it('refuses an upload that is not multipart', async () => {
    const response = await founder.client.post(`/api/entries/${entryId}/attachments`, { file: 'x' });
    expect(response.status).toBe(415);
  });
});
