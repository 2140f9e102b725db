import { describe, expect, it } from 'vitest';
import { da } from './da.js';
import { en } from './en.js';

type Tree = { [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function lookup(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

// Every source file of the app, read as text, to find the keys it asks for.
const sources = import.meta.glob<string>(['../**/*.vue', '../**/*.ts', '!../**/*.spec.ts', '!../i18n/*.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('the message catalogues', () => {
  it('have the same keys in Danish and English', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(da).sort());
  });

  it('have no empty texts', () => {
    for (const catalogue of [da, en]) {
      for (const key of leafKeys(catalogue)) expect(String(lookup(catalogue, key)).trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of leafKeys(da)) {
      expect(placeholders(String(lookup(en, key))), key).toEqual(placeholders(String(lookup(da, key))));
    }
  });

  it('contain no bare @ or | that vue-i18n would read as message syntax', () => {
    for (const catalogue of [da, en]) {
      for (const key of leafKeys(catalogue)) expect(String(lookup(catalogue, key)), key).not.toMatch(/[@|]/);
    }
  });

  it('have a text for every literal key the app asks for', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(match[1]!);
      for (const match of text.matchAll(/(?:labelKey|key): '([a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => typeof lookup(da, key) !== 'string');
    expect(missing).toEqual([]);
  });
});
