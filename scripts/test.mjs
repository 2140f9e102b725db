// `pnpm test`: install if needed, build, type-check every package (tests included), lint, make sure
// PostgreSQL and Redis answer (the ones in DATABASE_URL / REDIS_URL, or embedded ones), then
// run every suite with Vitest. Extra arguments go to Vitest, e.g. `pnpm test --project api`.
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, buildAll, checkNodeVersion, installIfNeeded, log, run } from './lib/workspace.mjs';

checkNodeVersion();
installIfNeeded();
buildAll();
log('type-checking every package, tests included, and linting');
run('pnpm', ['-r', '--workspace-concurrency=1', 'run', 'typecheck']);
run('node', [join(ROOT, 'scripts', 'lint.mjs')]);

const { ensureServices } = await import('./lib/services.mjs');
let services;
try {
  services = await ensureServices({
    env: process.env,
    dataDir: join(ROOT, '.data', 'test'),
    database: 'fairpitch_test',
    pgPort: 54339,
    redisPort: 6391,
    appendOnly: false,
    log,
  });
} catch (error) {
  console.error(`\n${error.message}`);
  process.exit(1);
}

log('running every test suite');
const result = spawnSync('pnpm', ['exec', 'vitest', 'run', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl },
});
await services.stop();
process.exit(result.status ?? 1);
