import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// A suite whose files stop matching its project's include pattern does not fail: it silently runs
// nothing, and the run stays green. The browser tests once went missing that way. So the
// repository checks that every project the root config lists finds test files of its own.

const root = fileURLToPath(new URL('../..', import.meta.url));
const vitest = join(dirname(createRequire(join(root, 'package.json')).resolve('vitest/package.json')), 'vitest.mjs');

/** Each project's name, read from the config files the root config lists. */
function projectNames(): string[] {
  const rootConfig = readFileSync(join(root, 'vitest.config.ts'), 'utf8');
  const paths = [...rootConfig.matchAll(/'([^']+vitest\.config\.ts)'/g)].map((m) => m[1]!);
  expect(paths.length).toBeGreaterThan(0);
  return paths.map((path) => {
    const name = /name: '([^']+)'/.exec(readFileSync(join(root, path), 'utf8'))?.[1];
    if (!name) throw new Error(`${path} names no project`);
    return name;
  });
}

it('finds test files in every project of the root config', { timeout: 120_000 }, () => {
  const listed = JSON.parse(execFileSync(process.execPath, [vitest, 'list', '--filesOnly', '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as { file: string; projectName: string }[];
  const counts = new Map<string, number>();
  for (const { projectName } of listed) counts.set(projectName, (counts.get(projectName) ?? 0) + 1);
  const names = projectNames();
  expect(names).toEqual(expect.arrayContaining(['repo', 'shared', 'api', 'worker', 'web', 'e2e']));
  expect(names.filter((name) => !counts.get(name))).toEqual([]);
});
