// `pnpm bench`: performance goals from the issues, each measured side by side with a raw
// baseline on the same machine in the same run, and printed as ratios. Never a timed test.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, buildAll, checkNodeVersion, installIfNeeded, log } from './lib/workspace.mjs';

checkNodeVersion();
installIfNeeded();
if (!process.argv.includes('--no-build')) buildAll();

const { ensureServices } = await import('./lib/services.mjs');
const services = await ensureServices({
  env: process.env,
  dataDir: join(ROOT, '.data', 'bench'),
  database: 'fairpitch_bench',
  pgPort: 54349,
  redisPort: 6392,
  appendOnly: false,
  log,
});

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const benches = [
  ['deadline rush (submissions)', 'api/bench/deadline-rush.bench.mjs'],
  ['screening throughput', 'worker/bench/screening.bench.mjs'],
  ['judging aggregation and ranking', 'api/bench/judging.bench.mjs'],
  ['procurement exports', 'worker/bench/exports.bench.mjs'],
].filter(([name, file]) => only.length === 0 || only.some((o) => name.includes(o) || file.includes(o)));

let failed = 0;
for (const [name, file] of benches) {
  // The previous benchmark's files (a deadline rush writes 2 GB) would otherwise reach the disk
  // while this one runs, on one side of its comparison and not the other.
  if (process.platform !== 'win32') spawnSync('sync', { stdio: 'ignore' });
  log(`benchmark: ${name}`);
  const result = spawnSync(process.execPath, [join(ROOT, file)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl },
  });
  if (result.status !== 0) {
    failed += 1;
    console.error(`benchmark "${name}" failed (exit ${result.status ?? result.signal})`);
  }
}
await services.stop();
process.exit(failed ? 1 : 0);
