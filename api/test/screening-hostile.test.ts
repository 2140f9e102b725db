import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeterministicZip } from '@fairpitch/shared/exports';
import { Clock } from '../src/common/clock.js';
import { createPublished, openPhases } from './support/challenge-fixtures.js';
import { completeEntryContent, draftEntry, registerCompany, upload } from './support/entry-fixtures.js';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { screenNow } from './support/screening-fixtures.js';
import { type TestApp, startTestApp } from './support/test-app.js';

const DATE = '2026-11-01T00:00:00.000Z';
const text = (s: string) => new TextEncoder().encode(s);

describe('screening hostile and broken documents', () => {
  let t: TestApp;
  let organiser: TestUser;
  let founder: TestUser;
  let entryId: string;
  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    founder = await signedInUser(t, null, 'founder');
    await registerCompany(founder.client, 'Hostile ApS');
    const phases = openPhases();
    const challengeId = await createPublished(organiser.client, { phases });
    entryId = (await draftEntry(founder.client, challengeId, completeEntryContent({ offer: undefined }))).id;

    // A zip bomb: a few kilobytes that claim to expand to 60 MB.
    const bomb = buildDeterministicZip([{ path: 'zeros.txt', bytes: new Uint8Array(60 * 1024 * 1024) }], DATE);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const valid = buildDeterministicZip([{ path: 'a.txt', bytes: text('hello '.repeat(5000)) }], DATE);
    const truncated = valid.slice(0, Math.floor(valid.length / 2));
    const macroDocx = buildDeterministicZip(
      [
        { path: '[Content_Types].xml', bytes: text('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>') },
        { path: 'word/document.xml', bytes: text('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Plan</w:t></w:r></w:p></w:body></w:document>') },
        { path: 'word/vbaProject.bin', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
      ],
      DATE,
    );
    const pdfWithJs = text('%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const brokenPdf = text('%PDF-1.7\n1 0 obj<</Length 999999>>stream\nxx\x00\x01 not really');
    for (const [name, bytes] of [
      ['bomb.zip', bomb],
      ['truncated.zip', truncated],
      ['macro.docx', macroDocx],
      ['script.pdf', pdfWithJs],
      ['broken.pdf', brokenPdf],
      ['secrets.txt', text('AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\n')],
    ] as const) {
      const response = await upload(founder.client, entryId, name, bytes);
      expect(response.status, `${name}: ${response.text}`).toBe(201);
    }
    expect((await founder.client.post(`/api/entries/${entryId}/submit`)).status).toBe(201);
    t.app.get(Clock).freezeAt(new Date(new Date(phases[2]!.endsAt).getTime() + 1));
    await organiser.client.post(`/api/challenges/${challengeId}/entries/open`);
    t.app.get(Clock).freezeAt(null);
    await screenNow(t, entryId);
  }, 120_000);
  afterAll(() => t.close());

  const findings = async () => ((await organiser.client.get(`/api/entries/${entryId}/screening`)).body.findings as { ruleId: string; outcome: string; evidence: unknown }[]);

  it('finishes the report without crashing on any of them', async () => {
    const report = (await organiser.client.get(`/api/entries/${entryId}/screening`)).body;
    expect(report.status).toBe('done');
  });

  it('flags the zip bomb before expanding it', async () => {
    const archive = (await findings()).filter((f) => f.ruleId === 'security.archive-safety');
    expect(JSON.stringify(archive)).toContain('bomb.zip');
    expect(archive.some((f) => f.outcome === 'fail')).toBe(true);
  });

  it('marks the truncated archive and the broken PDF as needing review', async () => {
    const all = await findings();
    const review = JSON.stringify(all.filter((f) => f.outcome === 'needs-review'));
    expect(review).toContain('truncated.zip');
    expect(review).toContain('broken.pdf');
  });

  it('flags the Office macro, the PDF script and the secrets, masked', async () => {
    const all = await findings();
    expect(JSON.stringify(all.filter((f) => f.ruleId === 'security.office-macros'))).toContain('macro.docx');
    expect(JSON.stringify(all.filter((f) => f.ruleId === 'security.pdf-active-content'))).toContain('script.pdf');
    const secrets = JSON.stringify(all.filter((f) => f.ruleId === 'security.secrets-in-documents'));
    expect(secrets).toContain('secrets.txt');
    expect(secrets).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });
});
