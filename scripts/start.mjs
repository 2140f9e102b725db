// `pnpm start`: installs what is missing, builds, starts PostgreSQL and Redis (embedded unless
// DATABASE_URL / REDIS_URL are set), then the API (which migrates and seeds the demo data once,
// and serves the web app) and the worker. Ctrl-C stops everything it started.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { workerEnv } from '../worker/process-settings.mjs';
import { ROOT, buildAll, checkNodeVersion, installIfNeeded, log } from './lib/workspace.mjs';

checkNodeVersion();
installIfNeeded();
if (!process.argv.includes('--no-build')) buildAll();

const { ensureServices } = await import('./lib/services.mjs');
const dataDir = join(ROOT, '.data');
let services;
try {
  services = await ensureServices({
    env: process.env,
    dataDir,
    database: 'fairpitch',
    pgPort: 54329,
    redisPort: 6390,
    appendOnly: true, // queued jobs survive a restart
    log,
  });
} catch (error) {
  console.error(`\n${error.message}`);
  process.exit(1);
}

const port = process.env.PORT ?? '3000';
const production = process.env.NODE_ENV === 'production';
const env = {
  ...process.env,
  DATABASE_URL: services.databaseUrl,
  REDIS_URL: services.redisUrl,
  PORT: port,
  PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
  WEB_DIST_DIR: process.env.WEB_DIST_DIR ?? join(ROOT, 'web', 'dist'),
  STORAGE_DIR: process.env.STORAGE_DIR ?? join(dataDir, 'storage'),
  SEED_DEMO: process.env.SEED_DEMO ?? (production ? 'false' : 'true'),
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};

const children = new Map();
let stopping = false;

function startChild(name, script, childEnv = env) {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`\x1b[2m[${name}]\x1b[0m ${line}`));
  }
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`[fairpitch] ${name} stopped unexpectedly (${signal ?? `exit ${code}`}); shutting down.`);
      void shutdown(1);
    }
  });
  children.set(name, child);
  return child;
}

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  await Promise.all(
    [...children.values()].map(
      (child) =>
        new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
        }),
    ),
  );
  await services.stop();
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

startChild('api', join(ROOT, 'api', 'dist', 'main.js'));
const healthy = await waitForHealth(`http://127.0.0.1:${port}/api/health`, 120_000);
if (!healthy) {
  console.error('[fairpitch] the API did not become healthy within two minutes.');
  await shutdown(1);
}
startChild('worker', join(ROOT, 'worker', 'dist', 'main.js'), workerEnv(env));

const demo = env.SEED_DEMO === 'true';
console.log(`
  Fairpitch is running at ${env.PUBLIC_URL}
  API: ${env.PUBLIC_URL}/api   (OpenAPI: ${env.PUBLIC_URL}/api/docs)
${
  demo
    ? `
  Demo logins (password: fairpitch-demo)
    admin@fairpitch.local       administrator
    organiser@fairpitch.local   municipal staff, organiser of the demo challenges
    juror1@fairpitch.local      juror (also juror2@, juror3@)
    startup@fairpitch.local     participant (also startup2@)
`
    : ''
}
  Press Ctrl-C to stop.
`);
