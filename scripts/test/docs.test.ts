import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

describe('README and CI', () => {
  it('documents every configuration variable the apps read', () => {
    const source = readFileSync('api/src/config/app-config.ts', 'utf8');
    const schema = source.slice(source.indexOf('const envSchema'), source.indexOf('.superRefine'));
    const names = [...schema.matchAll(/^\s{4}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(20);
    const missing = names.filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('gives the two commands of the quick start', () => {
    expect(readme).toMatch(/pnpm start/);
    expect(readme).toMatch(/pnpm test/);
  });

  it('has CI run exactly the README test command', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/^\s*pnpm test\s*$/m);
  });
});
