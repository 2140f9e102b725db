// Screening throughput (screening issue §7): 1,000 entries with about 1 MB of mixed documents
// each, through outbox, queue, worker and database; beside it, the same screening run directly
// in-process with the same thread pool. Prints entries per second for both and the ratio.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, benchDatabase, fmt, goal, heading, pg, startProcess } from '../../scripts/bench/lib.mjs';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1000);
const CONCURRENCY = 2;

const { buildDeterministicZip } = await import(join(ROOT, 'shared', 'dist', 'exports', 'index.js'));
const { buildReceipt } = await import(join(ROOT, 'shared', 'dist', 'submissions', 'index.js'));
const { RULESET_VERSION, DEFAULT_SCREENING_LIMITS } = await import(join(ROOT, 'shared', 'dist', 'screening', 'index.js'));
const { jobIds } = await import(join(ROOT, 'shared', 'dist', 'common', 'index.js'));

const enc = (s) => new TextEncoder().encode(s);
function documents() {
  const paragraph = 'Løsningen hoster data i Danmark. Kontakt support@example.test eller ring 33 66 33 66. ';
  const text = enc(paragraph.repeat(Math.ceil(600_000 / paragraph.length)));
  const docx = buildDeterministicZip(
    [
      { path: '[Content_Types].xml', bytes: enc('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
      { path: 'word/document.xml', bytes: enc(`<w:document><w:body>${'<w:p><w:r><w:t>Exit plan and open formats.</w:t></w:r></w:p>'.repeat(6000)}</w:body></w:document>`) },
    ],
    '2026-11-01T00:00:00.000Z',
  );
  const pdf = enc(`%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n2 0 obj<</Length 100000>>stream\nBT ${'(Architecture overview) Tj '.repeat(3600)} ET\nendstream\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
  const sbom = enc(JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', components: Array.from({ length: 400 }, (_, i) => ({ type: 'library', name: `lib-${i}`, version: '1.0.0', purl: `pkg:npm/lib-${i}@1.0.0` })) }));
  return [
    ['proposal.txt', text],
    ['architecture.docx', docx],
    ['overview.pdf', pdf],
    ['sbom.json', sbom],
  ].map(([fileName, bytes]) => ({ fileName, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length }));
}

async function seed(db, storageDir, docs) {
  for (const doc of docs) {
    const dir = join(storageDir, 'objects', doc.sha256.slice(0, 2), doc.sha256.slice(2, 4));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, doc.sha256), doc.bytes);
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const { rows: [{ id: challengeId }] } = await client.query(`INSERT INTO challenge (status, type, title, published_at, blind_review) VALUES ('evaluation', 'challenge', 'Screening bench', now(), false) RETURNING id`);
  const jobs = [];
  const content = { solution: { title: 'Bench', summary: 'S', description: 'D', trl: 5, teamMembers: [{ name: 'A', role: 'B' }] }, compliance: { hostingCountries: ['DK'], processorAgreement: true, mfa: true, licence: 'MIT', dataCentreCountry: 'DK', monthlyDataTransferGb: 10 } };
  for (let i = 0; i < ENTRIES; i += 1) {
    const { rows: [company] } = await client.query(`INSERT INTO company (name, country, registration_number, size_class) VALUES ($1, 'DE', $2, 'small') RETURNING id`, [`Bench ${i} GmbH`, `HRB ${100000 + i}`]);
    const { rows: [entry] } = await client.query(`INSERT INTO entry (challenge_id, company_id, status, content, current_revision) VALUES ($1, $2, 'submitted', $3, 1) RETURNING id`, [challengeId, company.id, JSON.stringify(content)]);
    const attachments = [];
    for (const doc of docs) {
      const { rows: [a] } = await client.query(`INSERT INTO attachment (entry_id, file_name, extension, mime, size, sha256) VALUES ($1, $2, $3, 'application/octet-stream', $4, $5) RETURNING id`, [entry.id, doc.fileName, doc.fileName.split('.').pop(), doc.size, doc.sha256]);
      attachments.push({ id: a.id, fileName: doc.fileName, sha256: doc.sha256, size: doc.size });
    }
    const submittedAt = new Date();
    const receipt = buildReceipt({ entryId: entry.id, revision: 1, companyId: company.id, submittedAt, content, attachments });
    await client.query(`INSERT INTO entry_revision (entry_id, revision, content, attachments, submitted_at, receipt, receipt_hash) VALUES ($1, 1, $2, $3, $4, $5, $6)`, [entry.id, JSON.stringify(content), JSON.stringify(attachments), submittedAt, JSON.stringify(receipt), receipt.hash]);
    jobs.push({ challengeId, entryId: entry.id, revision: 1, revisionHash: receipt.hash, attachments });
  }
  await client.end();
  return jobs;
}

heading(`screening: ${ENTRIES} entries × ~1 MB of mixed documents, ${CONCURRENCY} screening threads`);
const storage = await mkdtemp(join(tmpdir(), 'fairpitch-bench-'));
const db = await benchDatabase('screening');
const docs = documents();
console.log(`  documents per entry: ${docs.map((d) => `${d.fileName} ${fmt(d.size / 1024, 0)} KB`).join(', ')}`);
try {
  const jobs = await seed(db, storage, docs);

  // In-process: the same runner (thread pool, same limits) without queue or database.
  const { ScreeningRunner } = await import(join(ROOT, 'api', 'dist', 'screening', 'screening-runner.js'));
  const { SharedRuleset } = await import(join(ROOT, 'api', 'dist', 'screening', 'ruleset.provider.js'));
  const runner = new ScreeningRunner({ screening: { concurrency: CONCURRENCY, fileTimeoutMs: 30_000, maxExpandedBytes: 200 * 1024 * 1024, maxMemoryMb: 512, isolation: 'thread' } }, new SharedRuleset());
  const identity = { companyName: 'Bench GmbH', emailDomains: [], memberNames: [] };
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (;;) {
        const i = next++;
        if (i >= jobs.length) return;
        const input = {
          entryId: jobs[i].entryId,
          revision: 1,
          asOf: new Date().toISOString(),
          challenge: { blindReview: false },
          identity,
          fields: {},
          declaration: {},
          documents: docs.map((d, k) => ({ attachmentId: jobs[i].attachments[k].id, fileName: d.fileName, sha256: d.sha256, detectedMime: null, bytes: new Uint8Array(d.bytes) })),
          limits: DEFAULT_SCREENING_LIMITS,
        };
        await runner.run(input, []);
      }
    }),
  );
  const inProcessMs = performance.now() - t0;
  await runner.onApplicationShutdown();

  // Through the platform: outbox → relay → BullMQ → worker → report in PostgreSQL.
  const prefix = `bench${Date.now().toString(36)}`;
  const worker = startProcess(join(ROOT, 'worker', 'dist', 'main.js'), {
    DATABASE_URL: db.url,
    STORAGE_DIR: storage,
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'error',
    SCREENING_CONCURRENCY: String(CONCURRENCY),
    NODE_ENV: 'development',
  }, process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []);
  await new Promise((resolve) => setTimeout(resolve, 3000)); // let the worker boot before the clock starts
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const t1 = performance.now();
  await client.query('BEGIN');
  for (const job of jobs) {
    const payload = { entryId: job.entryId, revision: 1, revisionHash: job.revisionHash, rulesetVersion: RULESET_VERSION };
    await client.query(`INSERT INTO screening_job (job_id, challenge_id, entry_id, revision, revision_hash, ruleset_version) VALUES ($1, $2, $3, 1, $4, $5)`, [jobIds.screenEntry(payload), job.challengeId, job.entryId, job.revisionHash, RULESET_VERSION]);
    await client.query(`INSERT INTO outbox_message (topic, payload) VALUES ('screen-entry', $1)`, [JSON.stringify(payload)]);
  }
  await client.query('COMMIT');
  let done = 0;
  while (done < jobs.length) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    done = (await client.query(`SELECT count(*)::int AS n FROM screening_report`)).rows[0].n;
    const failed = (await client.query(`SELECT count(*)::int AS n FROM screening_job WHERE state = 'failed'`)).rows[0].n;
    if (failed) throw new Error(`${failed} screening jobs failed`);
  }
  const queuedMs = performance.now() - t1;
  const reports = (await client.query(`SELECT count(DISTINCT (entry_id, revision, ruleset_version))::int AS n FROM screening_report`)).rows[0].n;
  await client.end();
  await worker.stop();

  const inProcessRate = (jobs.length * 1000) / inProcessMs;
  const queuedRate = (jobs.length * 1000) / queuedMs;
  console.log(`  in-process: ${fmt(inProcessRate)} entries/s (${fmt(inProcessMs / 1000)} s)`);
  console.log(`  queue + worker + database: ${fmt(queuedRate)} entries/s (${fmt(queuedMs / 1000)} s)`);
  const ratio = queuedRate / inProcessRate;
  console.log(`  ratio (queued / in-process): ${fmt(ratio, 2)}`);
  goal('queue and database overhead at most 30 %', ratio >= 0.7, fmt(ratio, 2));
  if (!goal('exactly one report per entry', reports === jobs.length, `${reports} reports for ${jobs.length} entries`)) process.exitCode = 1;
} finally {
  await db.drop();
  await rm(storage, { recursive: true, force: true });
}
