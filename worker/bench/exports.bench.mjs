// Procurement exports (exports issue §6): 10,000 entries × 5 jurors × 6 criteria. The CSV of
// every score is timed against PostgreSQL's own COPY (the same rows) TO STDOUT in the same run,
// the XLSX likewise, and the worker's peak memory while it builds the whole export is read: the
// worker process's own, and that of the process it starts to build the export in.
// Besides the scores, every entry gets a screening report and two audit events (a valid chain),
// as a real challenge has, so loading and the archive do their real work.
// COPY, the CSV and the XLSX are each timed BENCH_ROUNDS times (default 3), interleaved so the
// machine's load falls on all of them alike, and compared by their medians.
// BENCH_PROFILE=<dir> writes CPU profiles of the worker there; BENCH_WORKER_FLAGS passes Node
// options to the worker (e.g. "--max-old-space-size=160"), to see how far its heap can be held.
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ROOT, benchDatabase, fmt, freePort, goal, heading, pg, startProcess, waitForHttp } from '../../scripts/bench/lib.mjs';
import { workerEnv } from '../process-settings.mjs';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const WORKER_FLAGS = (process.env.BENCH_WORKER_FLAGS ?? '').split(' ').filter(Boolean);
const JURORS = 5;
const CRITERIA = 6;
const requireFromApi = createRequire(join(ROOT, 'api', 'package.json'));
const { to: copyTo } = requireFromApi('pg-copy-streams');
const { buildReceipt } = await import(join(ROOT, 'shared', 'dist', 'submissions', 'index.js'));
const { generateSyntheticScores } = await import(join(ROOT, 'shared', 'dist', 'judging', 'index.js'));
const { sheetCsvChunks } = await import(join(ROOT, 'shared', 'dist', 'exports', 'index.js'));
const { RULESET_VERSION } = await import(join(ROOT, 'shared', 'dist', 'screening', 'index.js'));
const { GENESIS_HASH, auditRowHash } = await import(join(ROOT, 'api', 'dist', 'audit', 'audit-chain.js'));

async function insertBatched(client, table, columns, rows) {
  for (let start = 0; start < rows.length; start += 500) {
    const batch = rows.slice(start, start + 500);
    const params = [];
    const values = batch.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`);
    await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, params);
  }
}

async function seed(db) {
  const panel = generateSyntheticScores('exports', ENTRIES, JURORS, CRITERIA);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const token = randomBytes(32).toString('base64url');
  const { rows: [organiser] } = await client.query(`INSERT INTO app_user (email, name, global_role) VALUES ('bench-organiser@example.test', 'Organiser', 'staff') RETURNING id`);
  await client.query(`INSERT INTO user_session (id, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [createHash('sha256').update(token).digest('hex'), organiser.id]);
  const method = {
    criteria: panel.method.criteria.map((c, i) => ({ id: c.id, title: { da: `Kriterium ${i + 1}`, en: `Criterion ${i + 1}` }, description: { da: '', en: '' }, weight: [10, 10, 15, 15, 20, 30][i] })),
    scale: panel.method.scale,
    mandatoryScreeningRules: [],
    tieBreak: panel.method.tieBreak,
    normalisation: 'z-score',
    priceModel: { kind: 'none' },
    consensus: 'flagged',
    disagreementThreshold: 0.9,
  };
  const { rows: [challenge] } = await client.query(
    `INSERT INTO challenge (status, type, title, summary, department, published_at, evaluation_method, method_hash, blind_review, retention_days) VALUES ('evaluation', 'challenge', 'Export bench', 'Bench', 'Bench', now(), $1, $2, true, 365) RETURNING id`,
    [JSON.stringify(method), createHash('sha256').update(JSON.stringify(method)).digest('hex')],
  );
  await client.query(`INSERT INTO challenge_member (challenge_id, user_id, role) VALUES ($1, $2, 'organiser')`, [challenge.id, organiser.id]);
  const jurors = [];
  for (let j = 0; j < JURORS; j += 1) {
    const { rows: [juror] } = await client.query(`INSERT INTO app_user (email, name) VALUES ($1, $2) RETURNING id`, [`bench-juror-${j}@example.test`, `Juror ${j}`]);
    jurors.push(juror.id);
  }
  await insertBatched(client, 'challenge_member', ['challenge_id', 'user_id', 'role'], jurors.map((id) => [challenge.id, id, 'juror']));
  await client.query(`INSERT INTO jury_panel (challenge_id, per_entry, blind) VALUES ($1, $2, true)`, [challenge.id, JURORS]);

  const companies = panel.entryIds.map((_, e) => [randomUUID(), `Bench ${e} AB`, 'SE', `5569${String(100000 + e)}`, 'small']);
  await insertBatched(client, 'company', ['id', 'name', 'country', 'registration_number', 'size_class'], companies);
  const entryRows = [];
  const revisionRows = [];
  const opened = [];
  panel.entryIds.forEach((_, e) => {
    const id = randomUUID();
    const content = { solution: { title: `Entry ${e}`, summary: 'A bench entry.', description: 'Bench.', trl: 5, teamMembers: [{ name: `Member ${e}`, role: 'Lead' }] } };
    const receipt = buildReceipt({ entryId: id, revision: 1, companyId: companies[e][0], submittedAt: new Date(), content, attachments: [] });
    entryRows.push([id, challenge.id, companies[e][0], 'submitted', JSON.stringify(content), 1, e + 1]);
    revisionRows.push([id, 1, JSON.stringify(content), '[]', receipt.submittedAt, JSON.stringify(receipt), receipt.hash]);
    opened.push({ entryId: id, label: e + 1, revision: 1, receiptHash: receipt.hash, status: 'submitted' });
  });
  await insertBatched(client, 'entry', ['id', 'challenge_id', 'company_id', 'status', 'content', 'current_revision', 'label'], entryRows);
  await insertBatched(client, 'entry_revision', ['entry_id', 'revision', 'content', 'attachments', 'submitted_at', 'receipt', 'receipt_hash'], revisionRows);
  await client.query(`INSERT INTO entry_opening (challenge_id, opened_at, entries) VALUES ($1, now(), $2)`, [challenge.id, JSON.stringify(opened)]);
  const entryIdOf = new Map(panel.entryIds.map((key, e) => [key, entryRows[e][0]]));
  const reviews = new Map();
  for (const s of panel.scores) {
    const key = `${s.entryId}|${s.jurorId}`;
    if (!reviews.has(key)) reviews.set(key, []);
    reviews.get(key).push({ criterionId: s.criterionId, value: s.value, justification: `Score ${s.value} because of the bench rubric.` });
  }
  const assignmentRows = [];
  const reviewRows = [];
  for (const [key, scores] of reviews) {
    const [entryKey, jurorKey] = key.split('|');
    const entryId = entryIdOf.get(entryKey);
    const jurorId = jurors[panel.jurorIds.indexOf(jurorKey)];
    assignmentRows.push([challenge.id, entryId, jurorId, 'auto', new Date()]);
    reviewRows.push([challenge.id, entryId, jurorId, 'submitted', JSON.stringify(scores), new Date(), new Date()]);
  }
  await insertBatched(client, 'jury_assignment', ['challenge_id', 'entry_id', 'juror_id', 'source', 'assigned_at'], assignmentRows);
  await insertBatched(client, 'jury_review', ['challenge_id', 'entry_id', 'juror_id', 'status', 'scores', 'updated_at', 'submitted_at'], reviewRows);

  // A screening report per entry, with a finding to list.
  const reports = entryRows.map(([entryId], e) => {
    const findings = [
      { ruleId: 'security.txt.missing', area: 'security', severity: 'minor', outcome: e % 3 ? 'warn' : 'pass', evidence: { url: `https://bench-${e}.example/.well-known/security.txt` }, explanation: { da: 'Mangler security.txt', en: 'No security.txt' }, reference: 'RFC 9116' },
      { ruleId: 'gdpr.transfer.third-country', area: 'data-protection', severity: 'blocker', outcome: 'pass', evidence: { files: ['bilag.pdf'] }, explanation: { da: 'Ingen overførsel', en: 'No transfer' }, reference: 'GDPR Art. 45' },
    ];
    const mandatory = { requirements: [], allPassed: true, provisionallyInadmissible: false, pendingOrganiserConfirmation: false };
    const areas = { security: { score: 50 + (e % 50) }, 'data-protection': { score: 80 }, climate: { score: null }, sovereignty: { score: 70 } };
    return [challenge.id, entryId, 1, 'a'.repeat(64), RULESET_VERSION, 'b'.repeat(64), JSON.stringify(areas), JSON.stringify(findings), JSON.stringify(mandatory)];
  });
  await insertBatched(client, 'screening_report', ['challenge_id', 'entry_id', 'revision', 'revision_hash', 'ruleset_version', 'input_hash', 'areas', 'findings', 'mandatory'], reports);

  // The audit trail of each entry (created, submitted), chained as AuditService chains it.
  const events = [];
  let prevHash = GENESIS_HASH;
  const { rows: [{ seq: lastSeq }] } = await client.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_event`);
  let seq = BigInt(lastSeq);
  if (seq > 0n) prevHash = (await client.query(`SELECT hash FROM audit_event WHERE seq = $1`, [String(seq)])).rows[0].hash;
  for (const action of ['entry.created', 'entry.submitted']) {
    for (const [entryId] of entryRows) {
      seq += 1n;
      const row = { seq: String(seq), occurredAt: new Date(), action, actorId: organiser.id, subjectType: 'entry', subjectId: entryId, data: { challengeId: challenge.id }, prevHash };
      row.hash = auditRowHash(row);
      prevHash = row.hash;
      events.push([row.seq, row.occurredAt, row.action, row.actorId, row.subjectType, row.subjectId, JSON.stringify(row.data), row.prevHash, row.hash]);
    }
  }
  await insertBatched(client, 'audit_event', ['seq', 'occurred_at', 'action', 'actor_id', 'subject_type', 'subject_id', 'data', 'prev_hash', 'hash'], events);
  await client.query(`SELECT setval(pg_get_serial_sequence('audit_event', 'seq'), $1)`, [String(seq)]);
  // A real challenge's rows arrive over weeks and autovacuum has long analysed them; rows
  // bulk-loaded a second ago have no statistics, and the planner would scan every review for each
  // batch of entries. Analyse as autovacuum would have.
  await client.query('ANALYZE');
  await client.end();
  return { challengeId: challenge.id, cookie: `fp_session=${token}`, winner: entryRows[0][0] };
}
const randomUUID = () => crypto.randomUUID();

/** The same rows as the scores sheet, straight from PostgreSQL: the raw baseline. */
async function copyBaseline(db, challengeId, path) {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const t0 = performance.now();
  const stream = client.query(
    copyTo(`COPY (SELECT e.label, r.juror_id, s->>'criterionId', (s->>'value')::numeric, s->>'justification'
                 FROM jury_review r JOIN entry e ON e.id = r.entry_id, jsonb_array_elements(r.scores) s
                WHERE r.challenge_id = '${challengeId}' ORDER BY e.label, r.juror_id, s->>'criterionId') TO STDOUT WITH (FORMAT csv, HEADER true)`),
  );
  await pipeline(stream, createWriteStream(path));
  const ms = performance.now() - t0;
  await client.end();
  return ms;
}

/** A process's resident memory now (VmRSS) or at its peak so far (VmHWM), threads included. */
function memoryMb(pid, field) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Memory of the process that no other process shares (such as the Node.js binary's pages), in MB. */
function privateMb(pid) {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const [clean, dirty] = ['Private_Clean', 'Private_Dirty'].map((field) => new RegExp(`${field}:\\s+(\\d+) kB`).exec(rollup));
    return clean && dirty ? (Number(clean[1]) + Number(dirty[1])) / 1024 : null;
  } catch {
    return null;
  }
}

/** The processes a process started (the worker's export process), from every thread's list. */
function childrenOf(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
      try {
        return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

/**
 * Samples the worker and the processes it starts every 25 ms while an export runs: each export
 * process's peak (its own high-water mark, read until it exits) and the peak of the worker's and
 * its processes' resident memory together.
 */
function sampleMemory(pid) {
  const peaks = new Map();
  let together = 0;
  // The memory the worker and its children take together: the worker's resident pages and what
  // each child does not share (the pages of the Node.js binary and libraries they map alike are
  // the worker's already). Null when a reading could not be made.
  let combined = 0;
  const timer = setInterval(() => {
    const worker = memoryMb(pid, 'VmRSS');
    let sum = worker ?? 0;
    let union = worker;
    for (const child of childrenOf(pid)) {
      const [rss, hwm, own] = [memoryMb(child, 'VmRSS'), memoryMb(child, 'VmHWM'), privateMb(child)];
      if (rss !== null) sum += rss;
      union = union === null || own === null ? null : union + own;
      if (hwm !== null) peaks.set(child, Math.max(peaks.get(child) ?? 0, hwm));
    }
    together = Math.max(together, sum);
    if (combined !== null) combined = union === null ? null : Math.max(combined, union);
  }, 25);
  return {
    stop() {
      clearInterval(timer);
      return { exportProcesses: [...peaks.values()], together, combined };
    },
  };
}

function median(values) {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function countLines(path) {
  const bytes = readFileSync(path);
  let lines = 0;
  for (const byte of bytes) if (byte === 10) lines += 1;
  return lines;
}

heading(`exports: ${ENTRIES} entries × ${JURORS} jurors × ${CRITERIA} criteria`);
const storage = await mkdtemp(join(tmpdir(), 'fairpitch-bench-'));
const db = await benchDatabase('exports');
try {
  const { challengeId, cookie, winner } = await seed(db);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const prefix = `bench${Date.now().toString(36)}`;
  const common = { DATABASE_URL: db.url, STORAGE_DIR: storage, REDIS_PREFIX: prefix, LOG_LEVEL: 'error', NODE_ENV: 'development' };
  const api = startProcess(join(ROOT, 'api', 'dist', 'main.js'), { ...common, PORT: String(port), PUBLIC_URL: base, SEED_DEMO: 'false' });
  try {
    await waitForHttp(`${base}/api/health`);
    const decided = await fetch(`${base}/api/challenges/${challengeId}/decision`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ winners: [], award: { title: 'Benchmark award' }, reasons: 'Benchmark decision with the published method.' }),
    });
    if (decided.status !== 201) {
      // A winner is required when the rules ask for one: choose the first ranked entry.
      const ranking = await (await fetch(`${base}/api/challenges/${challengeId}/ranking`, { headers: { cookie } })).json();
      const top = ranking.entries?.find((e) => !e.belowThreshold)?.entryId ?? winner;
      const again = await fetch(`${base}/api/challenges/${challengeId}/decision`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ winners: [top], award: { title: 'Benchmark award' }, reasons: 'Benchmark decision with the published method.' }),
      });
      if (again.status !== 201) throw new Error(`decision failed: ${again.status} ${await again.text()}`);
    }


    // The platform's CSV and XLSX, from its own data loading, in this process.
    const { NestFactory } = requireFromApi('@nestjs/core');
    const { AppModule } = await import(join(ROOT, 'api', 'dist', 'app.module.js'));
    const { loadConfig } = await import(join(ROOT, 'api', 'dist', 'config', 'app-config.js'));
    const { ExportSnapshotService } = await import(join(ROOT, 'api', 'dist', 'exports', 'snapshot', 'export-snapshot.service.js'));
    const { writeResultsXlsx } = await import(join(ROOT, 'api', 'dist', 'exports', 'files', 'results-xlsx.js'));
    const config = loadConfig({ ...process.env, ...common, REDIS_PREFIX: `${prefix}x` });
    const context = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
    const { UsersService } = await import(join(ROOT, 'api', 'dist', 'auth', 'users.service.js'));
    const organiser = await context.get(UsersService).findByEmail('bench-organiser@example.test');
    const actor = { id: organiser.id, email: organiser.email, name: organiser.name, globalRole: 'staff', locale: 'da', sessionId: 'bench' };
    const t0 = performance.now();
    const bundle = await context.get(ExportSnapshotService).load(actor, challengeId, { language: 'da', separator: ';', jurorsDisclosed: false });
    const loadMs = performance.now() - t0;
    const copyRuns = [];
    const csvRuns = [];
    const xlsxRuns = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      copyRuns.push(await copyBaseline(db, challengeId, join(storage, 'copy.csv')));
      // As the export writes them: the reviews are read from the database a batch of entries
      // at a time while the file is written, so these times include reading the scores.
      const t1 = performance.now();
      await pipeline(sheetCsvChunks('scores-by-juror', bundle.snapshot, bundle.reviews, { locale: 'da', separator: ';' }), createWriteStream(join(storage, 'scores.csv')));
      csvRuns.push(performance.now() - t1);
      const t2 = performance.now();
      await writeResultsXlsx(join(storage, 'results.xlsx'), bundle, { locale: 'da' });
      xlsxRuns.push(performance.now() - t2);
    }
    const [copyMs, csvMs, xlsxMs] = [median(copyRuns), median(csvRuns), median(xlsxRuns)];
    const [copyLines, csvLines] = [countLines(join(storage, 'copy.csv')), countLines(join(storage, 'scores.csv'))];
    if (copyLines !== csvLines) throw new Error(`the scores CSV has ${csvLines} lines, COPY gave ${copyLines}`);
    await context.close();

    // The whole export in the worker, for its peak memory.
    // Started as `pnpm start` and the Docker image start it (worker/process-settings.mjs).
    const worker = startProcess(join(ROOT, 'worker', 'dist', 'main.js'), workerEnv({ ...process.env, ...common }), [...WORKER_FLAGS, ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [])]);
    let peak = null;
    let atRest = null;
    let exportMs = null;
    let sampled = { exportProcesses: [], together: null, combined: null };
    try {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      atRest = memoryMb(worker.child.pid, 'VmRSS');
      const sampler = sampleMemory(worker.child.pid);
      const t3 = performance.now();
      const started = await fetch(`${base}/api/challenges/${challengeId}/exports`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
      const { id } = await started.json();
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const status = await (await fetch(`${base}/api/exports/${id}`, { headers: { cookie } })).json();
        if (status.status === 'done') break;
        if (status.status === 'failed') throw new Error(`export failed: ${status.error}`);
      }
      exportMs = performance.now() - t3;
      sampled = sampler.stop();
      peak = memoryMb(worker.child.pid, 'VmHWM');
    } finally {
      await worker.stop();
    }

    const runs = (values) => (values.length > 1 ? ` (median of ${values.map((v) => fmt(v, 0)).join(', ')})` : '');
    console.log(`  COPY … TO STDOUT (all ${ENTRIES * JURORS * CRITERIA} scores): ${fmt(copyMs, 0)} ms${runs(copyRuns)}`);
    console.log(`  platform: loading the challenge (entries, screening, judging, audit; no reviews) ${fmt(loadMs, 0)} ms`);
    console.log(`  platform: scores CSV, reviews read while writing ${fmt(csvMs, 0)} ms${runs(csvRuns)}`);
    console.log(`  platform: results XLSX (8 sheets), reviews read while writing ${fmt(xlsxMs, 0)} ms${runs(xlsxRuns)}`);
    console.log(`  whole export in the worker (CSV, XLSX, PDF, OCDS, archive): ${fmt(exportMs / 1000)} s${WORKER_FLAGS.length ? ` (worker run with ${WORKER_FLAGS.join(' ')})` : ''}`);
    const exportPeak = sampled.exportProcesses.length ? Math.max(...sampled.exportProcesses) : null;
    console.log(`  worker memory: ${atRest === null ? 'unknown' : `${fmt(atRest, 0)} MB`} at rest before the export, peak ${peak === null ? 'unknown' : `${fmt(peak, 0)} MB`} (resident, start-up included)`);
    if (exportPeak !== null) {
      console.log(`  export process (the worker builds each export in a process of its own): peak ${fmt(exportPeak, 0)} MB resident, start-up included`);
      const combined = sampled.combined === null ? 'unknown' : `${fmt(sampled.combined, 0)} MB`;
      console.log(`  worker and export process together: peak ${combined} (the worker's resident memory and what the export process does not share), ${fmt(sampled.together, 0)} MB as the sum of both resident sizes (sampled every 25 ms)`);
    }
    goal('CSV at most 2× COPY (CSV writing alone)', csvMs <= 2 * copyMs, `${fmt(csvMs / copyMs, 2)}×`);
    goal('CSV at most 2× COPY (including loading the data)', loadMs + csvMs <= 2 * copyMs, `${fmt((loadMs + csvMs) / copyMs, 2)}×`);
    goal('XLSX at most 5× COPY', xlsxMs <= 5 * copyMs, `${fmt(xlsxMs / copyMs, 2)}×`);
    if (peak !== null) goal('worker peak memory under 256 MB (the worker process)', peak < 256, `${fmt(peak, 0)} MB`);
    if (exportPeak !== null) goal('export process peak memory under 256 MB', exportPeak < 256, `${fmt(exportPeak, 0)} MB`);
    // The stricter reading of the goal: the worker service as a whole while it exports.
    if (exportPeak !== null && sampled.combined !== null) goal('worker and export process together under 256 MB', sampled.combined < 256, `${fmt(sampled.combined, 0)} MB`);
  } finally {
    await api.stop();
  }
} finally {
  await db.drop();
  await rm(storage, { recursive: true, force: true });
}
