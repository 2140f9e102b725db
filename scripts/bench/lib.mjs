// Helpers shared by the benchmarks: databases of their own, child processes, percentiles, a report.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const requireFromApi = createRequire(join(ROOT, 'api', 'package.json'));
export const pg = requireFromApi('pg');

export function env(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set (run benchmarks with pnpm bench)`);
  return value;
}

export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A migrated database of the benchmark's own, dropped by the returned function. */
export async function benchDatabase(label) {
  const base = env('DATABASE_URL');
  const name = `bench_${label}_${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(base, name);
  const { runMigrations } = await import(join(ROOT, 'api', 'dist', 'database', 'run-migrations.js'));
  await runMigrations(url);
  return {
    url,
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function startProcess(script, extraEnv, nodeArgs = []) {
  const child = spawn(process.execPath, [...nodeArgs, script], { env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'inherit', 'inherit'] });
  return {
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

export async function waitForHttp(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

/** Runs `count` tasks with `concurrency` at a time; returns wall time and each task's latency. */
export async function load(count, concurrency, task) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        const i = next++;
        if (i >= count) return;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const wallMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return { wallMs, throughput: (count * 1000) / wallMs, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

// The load generator shares the machine's cores with the servers it measures, so it uses the
// plainest client there is (node:http with kept-alive connections, bodies written as they are)
// for the platform and the baseline alike: fetch() and FormData cost it several times more CPU,
// taken from both servers.
const agent = new HttpAgent({ keepAlive: true, maxSockets: 256 });

/** Sends a request and reads the whole answer: { status, text() , json() }. */
export function request(url, { method = 'GET', headers = {}, body = [] } = {}) {
  const chunks = Array.isArray(body) ? body : [body];
  const length = chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method, agent, headers: { ...headers, 'content-length': String(length) } }, (response) => {
      const parts = [];
      response.on('data', (part) => parts.push(part));
      response.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        resolve({ status: response.statusCode, text: () => text, json: () => JSON.parse(text) });
      });
      response.on('error', reject);
    });
    outgoing.setTimeout(60_000, () => outgoing.destroy(new Error(`no answer from ${url} within 60 s`)));
    outgoing.on('error', reject);
    for (const chunk of chunks.slice(0, -1)) outgoing.write(chunk);
    outgoing.end(chunks.at(-1));
  });
}

/** A multipart/form-data upload of one file in the field `file`, as a browser sends it. */
export function uploadFile(url, { headers = {}, fileName, type, bytes }) {
  const boundary = `----fairpitchbench${randomBytes(12).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  return request(url, { method: 'POST', headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` }, body: [head, bytes, tail] });
}

/** CPU time (user + system, ms) a process has used so far; null where /proc is not there. */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks, USER_HZ = 100 on Linux
  } catch {
    return null;
  }
}

/**
 * CPU time of every PostgreSQL process on this machine (backends, background workers, and through
 * the postmaster's children counters those that already exited), when PostgreSQL runs here; null
 * otherwise. Differences between two readings are what PostgreSQL spent in between.
 */
export function postgresCpuMs() {
  let total = 0;
  let found = false;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== 'postgres') continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += ((Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 1000) / 100;
      found = true;
    } catch {
      // the process ended while we read
    }
  }
  return found ? total : null;
}

export function heading(text) {
  console.log(`\n=== ${text} ===`);
}

export function goal(label, ok, detail) {
  console.log(`  ${ok ? 'MET   ' : 'MISSED'} ${label}: ${detail}`);
  return ok;
}

export const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : String(n));
