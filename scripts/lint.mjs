// Lints every package with oxlint (fast, no plugins to install beyond the one binary package).
import { spawnSync } from 'node:child_process';

const result = spawnSync('pnpm', ['exec', 'oxlint', '--deny-warnings', 'shared/src', 'shared/scripts', 'api/src', 'api/test', 'worker/src', 'worker/test', 'web/src', 'web/e2e', 'scripts'], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
