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
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).toSorted();
}

// Every source file of the app, read as text, to find the keys it asks for.
const sources = import.meta.glob<string>(['../**/*.vue', '../**/*.ts', '!../**/*.spec.ts', '!../i18n/*.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('the message catalogues', () => {
  it('have the same keys in Danish and English', () => {
    expect(leafKeys(en).toSorted()).toEqual(leafKeys(da).toSorted());
  });

  it('have no empty texts', () => {
    const empty = [da, en].flatMap((catalogue) => leafKeys(catalogue).filter((key) => !String(lookup(catalogue, key)).trim()));
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const differing = leafKeys(da).filter(
      (key) => placeholders(String(lookup(en, key))).join() !== placeholders(String(lookup(da, key))).join(),
    );
    expect(differing).toEqual([]);
  });

  it('contain no bare @ or | that vue-i18n would read as message syntax', () => {
    const risky = [da, en].flatMap((catalogue) => leafKeys(catalogue).filter((key) => /[@|]/.test(String(lookup(catalogue, key)))));
    expect(risky).toEqual([]);
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
