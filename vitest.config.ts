import { defineConfig } from 'vitest/config';

// One run, every suite: shared unit tests, API and worker against real PostgreSQL and Redis,
// web components in jsdom, and browser end-to-end tests in Chromium.
export default defineConfig({
  test: {
    projects: ['scripts/test/vitest.config.ts', 'shared/vitest.config.ts', 'api/vitest.config.ts', 'worker/vitest.config.ts', 'web/vitest.config.ts', 'web/e2e/vitest.config.ts'],
  },
});
