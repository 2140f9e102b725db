import { defineConfig } from 'vitest/config';

// Repository-level checks: the deployment files and the documentation keep their promises.
export default defineConfig({
  test: { name: 'repo', include: ['scripts/test/**/*.test.ts'], root: new URL('../..', import.meta.url).pathname },
});
