import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: the real API (on a database of its own) serves the built SPA, and
// Debian's chromium drives it. Paths are relative to the repository root.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  // The workspace packages' TypeScript sources, not their (possibly stale) builds, on both sides.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'e2e',
    dir: fileURLToPath(new URL('.', import.meta.url)),
    include: ['**/*.e2e.ts'],
    globalSetup: [fileURLToPath(new URL('../../api/test/support/global-setup.ts', import.meta.url))],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
