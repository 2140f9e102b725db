// Judging (jury issue §11): aggregation, agreement and ranking for 10,000 entries × 5 jurors ×
// 6 criteria in-process (goal under 200 ms), and the ranking endpoint's p99 for 2,000 entries.
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ROOT, benchDatabase, fmt, freePort, goal, heading, percentile, pg, startProcess, waitForHttp } from '../../scripts/bench/lib.mjs';

const { computeResults, generateSyntheticScores } = await import(join(ROOT, 'shared', 'dist', 'judging', 'index.js'));
const { buildReceipt } = await import(join(ROOT, 'shared', 'dist', 'submissions', 'index.js'));

heading('judging: aggregation, alpha and ranking in-process, 10,000 entries × 5 jurors × 6 criteria');
const panel = generateSyntheticScores('benchmark', 10_000, 5, 6);
computeResults({ method: panel.method, scores: panel.scores, entryIds: panel.entryIds }); // warm-up
const runs = [];
for (let i = 0; i < 7; i += 1) {
  const t0 = performance.now();
  computeResults({ method: panel.method, scores: panel.scores, entryIds: panel.entryIds });
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)];
console.log(`  ${panel.scores.length} scores: median ${fmt(median)} ms (runs ${runs.map((r) => fmt(r, 0)).join(', ')} ms)`);
goal('under 200 ms', median < 200, `${fmt(median)} ms`);

heading('judging: ranking endpoint for 2,000 entries × 5 jurors × 6 criteria');
const ENTRIES = 2000;
const small = generateSyntheticScores('endpoint', ENTRIES, 5, 6);
const db = await benchDatabase('judging');
try {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const method = {
    criteria: small.method.criteria.map((c) => ({ id: c.id, title: { da: c.id, en: c.id }, description: { da: '', en: '' }, weight: [5, 10, 15, 20, 20, 30][small.method.criteria.indexOf(c)], threshold: c.threshold })),
    scale: small.method.scale,
    overallThreshold: small.method.overallThreshold,
    mandatoryScreeningRules: [],
    tieBreak: small.method.tieBreak,
    normalisation: 'z-score',
    priceModel: { kind: 'none' },
    consensus: 'flagged',
    disagreementThreshold: 0.3,
  };
  const token = randomBytes(32).toString('base64url');
  const { rows: [organiser] } = await client.query(`INSERT INTO app_user (email, name, global_role) VALUES ('bench-organiser@example.test', 'Organiser', 'staff') RETURNING id`);
  await client.query(`INSERT INTO user_session (id, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [createHash('sha256').update(token).digest('hex'), organiser.id]);
  const { rows: [challenge] } = await client.query(
    `INSERT INTO challenge (status, type, title, published_at, evaluation_method, method_hash, blind_review) VALUES ('evaluation', 'challenge', 'Ranking bench', now(), $1, $2, true) RETURNING id`,
    [JSON.stringify(method), 'a'.repeat(64)],
  );
  await client.query(`INSERT INTO challenge_member (challenge_id, user_id, role) VALUES ($1, $2, 'organiser')`, [challenge.id, organiser.id]);
  const jurors = [];
  for (const jurorId of small.jurorIds) {
    const { rows: [juror] } = await client.query(`INSERT INTO app_user (email, name) VALUES ($1, $1) RETURNING id`, [`${jurorId}@example.test`]);
    await client.query(`INSERT INTO challenge_member (challenge_id, user_id, role) VALUES ($1, $2, 'juror')`, [challenge.id, juror.id]);
    jurors.push(juror.id);
  }
  await client.query(`INSERT INTO jury_panel (challenge_id, per_entry, blind) VALUES ($1, 5, true)`, [challenge.id]);
  const entryIds = new Map();
  const opened = [];
  for (let e = 0; e < ENTRIES; e += 1) {
    const { rows: [company] } = await client.query(`INSERT INTO company (name, country, registration_number, size_class) VALUES ($1, 'SE', $2, 'small') RETURNING id`, [`Bench ${e} AB`, `556${String(100000 + e)}`]);
    const content = { solution: { title: `Entry ${e}` } };
    const { rows: [entry] } = await client.query(`INSERT INTO entry (challenge_id, company_id, status, content, current_revision, label) VALUES ($1, $2, 'submitted', $3, 1, $4) RETURNING id`, [challenge.id, company.id, JSON.stringify(content), e + 1]);
    const receipt = buildReceipt({ entryId: entry.id, revision: 1, companyId: company.id, submittedAt: new Date(), content, attachments: [] });
    await client.query(`INSERT INTO entry_revision (entry_id, revision, content, attachments, submitted_at, receipt, receipt_hash) VALUES ($1, 1, $2, '[]', now(), $3, $4)`, [entry.id, JSON.stringify(content), JSON.stringify(receipt), receipt.hash]);
    entryIds.set(small.entryIds[e], entry.id);
    opened.push({ entryId: entry.id, label: e + 1, revision: 1, receiptHash: receipt.hash, status: 'submitted' });
  }
  await client.query(`INSERT INTO entry_opening (challenge_id, opened_at, entries) VALUES ($1, now(), $2)`, [challenge.id, JSON.stringify(opened)]);
  const byReview = new Map();
  for (const s of small.scores) {
    const key = `${s.entryId}|${s.jurorId}`;
    if (!byReview.has(key)) byReview.set(key, []);
    byReview.get(key).push({ criterionId: s.criterionId, value: s.value, justification: 'Benchmark justification.' });
  }
  for (const [key, scores] of byReview) {
    const [entryKey, jurorKey] = key.split('|');
    const entryId = entryIds.get(entryKey);
    const jurorId = jurors[small.jurorIds.indexOf(jurorKey)];
    await client.query(`INSERT INTO jury_assignment (challenge_id, entry_id, juror_id, source, assigned_at) VALUES ($1, $2, $3, 'auto', now())`, [challenge.id, entryId, jurorId]);
    await client.query(`INSERT INTO jury_review (challenge_id, entry_id, juror_id, status, scores, updated_at, submitted_at) VALUES ($1, $2, $3, 'submitted', $4, now(), now())`, [challenge.id, entryId, jurorId, JSON.stringify(scores)]);
  }
  await client.end();

  const port = await freePort();
  const api = startProcess(join(ROOT, 'api', 'dist', 'main.js'), { DATABASE_URL: db.url, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: 'error', SEED_DEMO: 'false', NODE_ENV: 'development' });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/api/health`);
    const url = `http://127.0.0.1:${port}/api/challenges/${challenge.id}/ranking`;
    const headers = { cookie: `fp_session=${token}` };
    const first = await fetch(url, { headers });
    if (first.status !== 200) throw new Error(`ranking answered ${first.status}: ${await first.text()}`);
    const body = await first.json();
    if (body.entries.length !== ENTRIES) throw new Error(`ranking has ${body.entries.length} entries, expected ${ENTRIES}`);
    const latencies = [];
    for (let i = 0; i < 30; i += 1) {
      const t0 = performance.now();
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
    }
    latencies.sort((a, b) => a - b);
    console.log(`  GET /api/challenges/:id/ranking (${ENTRIES} entries, 30 requests): p50 ${fmt(percentile(latencies, 50), 0)} ms, p99 ${fmt(percentile(latencies, 99), 0)} ms`);
  } finally {
    await api.stop();
  }
} finally {
  await db.drop();
}
