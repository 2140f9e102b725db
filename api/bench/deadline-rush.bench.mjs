// Deadline rush (submissions issue §9): 1,000 entries, each with a 1 MB attachment, submitted by
// 50 concurrent clients against one API process; beside it, the raw baseline. Prints throughput,
// p50/p99 and the ratio, then checks nothing was lost.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, benchDatabase, cpuMs, fmt, freePort, goal, heading, load, percentile, pg, postgresCpuMs, request, startProcess, uploadFile, waitForHttp } from '../../scripts/bench/lib.mjs';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1000);
const CONCURRENCY = 50;
const FILE_BYTES = 1024 * 1024;
// BENCH_API_FLAGS passes Node options to the API process (e.g. "--max-semi-space-size=32").
const API_FLAGS = (process.env.BENCH_API_FLAGS ?? '').split(' ').filter(Boolean);

function validCvrs(count) {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  const out = [];
  for (let n = 20_000_000; out.length < count; n += 1) {
    const digits = String(n).split('').map(Number);
    if (digits.reduce((s, d, i) => s + d * weights[i], 0) % 11 === 0) out.push(String(n));
  }
  return out;
}

const content = {
  solution: { title: 'Bench solution', summary: 'A summary.', description: 'A description.', trl: 6, teamMembers: [{ name: 'Bench Person', role: 'CEO' }] },
  compliance: { hostingCountries: ['DK'] },
  declarations: { acceptTerms: true, acceptIpTerms: true, conflictsOfInterest: { hasConflicts: false } },
};

async function seed(db) {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const now = Date.now();
  const [{ id: challengeId }] = (await client.query(
    `INSERT INTO challenge (status, type, title, summary, published_at, blind_review) VALUES ('submission-open', 'challenge', 'Deadline rush', 'Bench', now(), true) RETURNING id`,
  )).rows;
  await client.query(`INSERT INTO challenge_phase (challenge_id, position, kind, starts_at, ends_at) VALUES ($1, 0, 'submission', $2, $3)`, [challengeId, new Date(now - 3_600_000), new Date(now + 86_400_000)]);
  const cvrs = validCvrs(ENTRIES);
  const clients = [];
  for (let start = 0; start < ENTRIES; start += 200) {
    const batch = Array.from({ length: Math.min(200, ENTRIES - start) }, (_, k) => start + k);
    for (const i of batch) {
      const token = randomBytes(32).toString('base64url');
      const { rows: [user] } = await client.query(`INSERT INTO app_user (email, name) VALUES ($1, $2) RETURNING id`, [`bench-${i}@example.test`, `Bench ${i}`]);
      const { rows: [company] } = await client.query(`INSERT INTO company (name, country, cvr, size_class) VALUES ($1, 'DK', $2, 'small') RETURNING id`, [`Bench ${i} ApS`, cvrs[i]]);
      await client.query(`INSERT INTO company_member (company_id, user_id, role) VALUES ($1, $2, 'admin')`, [company.id, user.id]);
      const { rows: [entry] } = await client.query(`INSERT INTO entry (challenge_id, company_id, created_by, content) VALUES ($1, $2, $3, $4) RETURNING id`, [challengeId, company.id, user.id, JSON.stringify(content)]);
      await client.query(`INSERT INTO user_session (id, user_id, expires_at) VALUES ($1, $2, $3)`, [createHash('sha256').update(token).digest('hex'), user.id, new Date(now + 86_400_000)]);
      clients.push({ entryId: entry.id, cookie: `fp_session=${token}` });
    }
  }
  // Companies register and draft their entries over weeks before a deadline, and autovacuum has
  // long analysed those rows by then; rows bulk-loaded a second ago have no statistics. Analyse
  // as autovacuum would have, so the rush runs on the plans it would get in production.
  await client.query('ANALYZE');
  await client.end();
  return clients;
}

function body(i) {
  const bytes = Buffer.alloc(FILE_BYTES, 'fairpitch deadline rush document ');
  bytes.write(`entry ${i} ${randomBytes(8).toString('hex')}`, 0);
  return bytes;
}

async function runApi(db, storageDir) {
  const port = await freePort();
  const api = startProcess(join(ROOT, 'api', 'dist', 'main.js'), {
    DATABASE_URL: db.url,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    STORAGE_DIR: storageDir,
    LOG_LEVEL: 'error',
    SEED_DEMO: 'false',
    DATABASE_POOL_SIZE: '20',
    NODE_ENV: 'development',
  }, [...API_FLAGS, ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [])]);
  await waitForHttp(`http://127.0.0.1:${port}/api/health`);
  return { base: `http://127.0.0.1:${port}`, pid: api.child.pid, stop: api.stop };
}

heading(`deadline rush: ${ENTRIES} entries × 1 MB, ${CONCURRENCY} concurrent clients`);
const storage = await mkdtemp(join(tmpdir(), 'fairpitch-bench-'));
const db = await benchDatabase('rush');
try {
  const clients = await seed(db);
  const api = await runApi(db, join(storage, 'api'));
  const receipts = new Array(ENTRIES);
  let errors = 0;
  const steps = { upload: [], submit: [] };
  const apiCpuBefore = cpuMs(api.pid);
  const postgresCpuBefore = postgresCpuMs();
  const clientCpuBefore = process.cpuUsage();
  const platform = await load(ENTRIES, CONCURRENCY, async (i) => {
    const { entryId, cookie } = clients[i];
    const file = { fileName: `proposal-${i}.txt`, type: 'text/plain', bytes: body(i) };
    const t0 = performance.now();
    const uploaded = await uploadFile(`${api.base}/api/entries/${entryId}/attachments`, { headers: { cookie }, ...file });
    const t1 = performance.now();
    const submitted = await request(`${api.base}/api/entries/${entryId}/submit`, { method: 'POST', headers: { cookie, 'idempotency-key': `bench-submit-${i}-0001` } });
    if (uploaded.status !== 201 || submitted.status !== 201) {
      errors += 1;
      if (errors <= 3) console.error(`  entry ${i}: upload ${uploaded.status}, submit ${submitted.status}`);
    }
    receipts[i] = submitted.status === 201 ? submitted.json() : null;
    steps.upload.push(t1 - t0);
    steps.submit.push(performance.now() - t1);
  });
  const apiCpu = cpuMs(api.pid) - apiCpuBefore;
  const postgresCpu = postgresCpuMs() - postgresCpuBefore;
  const clientCpu = process.cpuUsage(clientCpuBefore);

  // Nothing lost: every acknowledged receipt verifies, every entry and file is there.
  let verified = 0;
  await load(ENTRIES, 20, async (i) => {
    if (!receipts[i]) return;
    const response = await fetch(`${api.base}/api/receipts/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ receipt: receipts[i] }) });
    if ((await response.json()).valid === true) verified += 1;
  });
  await api.stop();
  const check = new pg.Client({ connectionString: db.url });
  await check.connect();
  const { rows: [counts] } = await check.query(
    `SELECT (SELECT count(*)::int FROM entry WHERE status = 'submitted') AS entries, (SELECT count(*)::int FROM attachment) AS files, (SELECT count(*)::int FROM entry_revision) AS revisions`,
  );
  await check.end();

  const baselinePort = await freePort();
  const baseline = startProcess(join(ROOT, 'api', 'bench', 'baseline-upload-server.mjs'), { DATABASE_URL: db.url, PORT: String(baselinePort), STORAGE_DIR: join(storage, 'baseline') });
  await waitForHttp(`http://127.0.0.1:${baselinePort}/`);
  const baselineCpuBefore = cpuMs(baseline.child.pid);
  const baselinePostgresCpuBefore = postgresCpuMs();
  const rawClientCpuBefore = process.cpuUsage();
  const raw = await load(ENTRIES, CONCURRENCY, async (i) => {
    const response = await uploadFile(`http://127.0.0.1:${baselinePort}/`, { fileName: `proposal-${i}.txt`, type: 'text/plain', bytes: body(i) });
    if (response.status !== 201) throw new Error(`baseline upload ${i}: ${response.status} ${response.text()}`);
  });
  const baselineCpu = cpuMs(baseline.child.pid) - baselineCpuBefore;
  const baselinePostgresCpu = postgresCpuMs() - baselinePostgresCpuBefore;
  const rawClientCpu = process.cpuUsage(rawClientCpuBefore);
  await baseline.stop();

  console.log(`  platform: ${fmt(platform.throughput)} entries/s (upload + submit), p50 ${fmt(platform.p50, 0)} ms, p99 ${fmt(platform.p99, 0)} ms, errors ${errors}`);
  for (const [step, latencies] of Object.entries(steps)) {
    latencies.sort((a, b) => a - b);
    console.log(`    ${step}: p50 ${fmt(percentile(latencies, 50), 0)} ms, p99 ${fmt(percentile(latencies, 99), 0)} ms`);
  }
  console.log(`  baseline: ${fmt(raw.throughput)} uploads/s, p50 ${fmt(raw.p50, 0)} ms, p99 ${fmt(raw.p99, 0)} ms`);
  // CPU per entry, robust to a busy machine where wall-clock figures are not: what each server
  // process and this load generator spent (the same 2 cores serve all of them and PostgreSQL).
  const perEntry = (ms) => fmt(ms / ENTRIES, 1);
  const clientMs = (usage) => (usage.user + usage.system) / 1000;
  if (Number.isFinite(apiCpu) && Number.isFinite(baselineCpu)) {
    console.log(`  CPU per entry: API ${perEntry(apiCpu)} ms (client ${perEntry(clientMs(clientCpu))} ms); baseline server ${perEntry(baselineCpu)} ms (client ${perEntry(clientMs(rawClientCpu))} ms)`);
    if (Number.isFinite(postgresCpu) && Number.isFinite(baselinePostgresCpu)) {
      console.log(`  CPU per entry in PostgreSQL (when it runs on this machine): platform ${perEntry(postgresCpu)} ms, baseline ${perEntry(baselinePostgresCpu)} ms`);
    }
  }
  const ratio = platform.throughput / raw.throughput;
  console.log(`  ratio (platform / baseline throughput): ${fmt(ratio, 2)}`);
  goal('throughput at least half the baseline', ratio >= 0.5, fmt(ratio, 2));
  goal('p99 under 1 s', platform.p99 < 1000, `${fmt(platform.p99, 0)} ms`);
  const intact = goal('nothing lost', errors === 0 && verified === ENTRIES && counts.entries === ENTRIES && counts.files === ENTRIES && counts.revisions === ENTRIES,
    `${verified}/${ENTRIES} receipts verify; ${counts.entries} entries, ${counts.revisions} revisions, ${counts.files} files stored`);
  if (!intact) process.exitCode = 1;
} finally {
  await db.drop();
  await rm(storage, { recursive: true, force: true });
}
