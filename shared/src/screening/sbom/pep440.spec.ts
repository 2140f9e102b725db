import { describe, expect, it } from 'vitest';
import { comparePep440, normalizePypiName, parsePep440 } from './pep440.js';

describe('parsePep440', () => {
  it('parses every part and normalises spellings', () => {
    expect(parsePep440('2!1.02.3rc4.post5.dev6+ubuntu.1')).toEqual({
      epoch: '2',
      release: ['1', '2', '3'],
      pre: { label: 'rc', number: '4' },
      post: '5',
      dev: '6',
      local: ['ubuntu', '1'],
    });
    expect(parsePep440('1.0-alpha.1')?.pre).toEqual({ label: 'a', number: '1' });
    expect(parsePep440('1.0c1')?.pre).toEqual({ label: 'rc', number: '1' });
    expect(parsePep440('1.0-1')?.post).toBe('1');
    expect(parsePep440('1.0.rev')?.post).toBe('0');
    expect(parsePep440('v1.0')?.release).toEqual(['1', '0']);
  });

  it('rejects what is not a PEP 440 version', () => {
    for (const bad of ['', 'latest', '1.0-foo', '1..0', 'a1', '1.0+', 'x'.repeat(200)]) expect(parsePep440(bad)).toBeNull();
  });
});

describe('comparePep440', () => {
  // The ordering example from PEP 440 ("Summary of permitted suffixes and relative ordering").
  const ordered = [
    '1.dev0',
    '1.0.dev456',
    '1.0a1',
    '1.0a2.dev456',
    '1.0a12.dev456',
    '1.0a12',
    '1.0b1.dev456',
    '1.0b2',
    '1.0b2.post345.dev456',
    '1.0b2.post345',
    '1.0rc1.dev456',
    '1.0rc1',
    '1.0',
    '1.0+abc.5',
    '1.0+abc.7',
    '1.0+5',
    '1.0.post456.dev34',
    '1.0.post456',
    '1.0.15',
    '1.1.dev1',
  ];

  it('orders the examples of PEP 440 as the PEP does', () => {
    for (let i = 0; i < ordered.length; i++) {
      for (let j = 0; j < ordered.length; j++) {
        expect([ordered[i], ordered[j], comparePep440(ordered[i]!, ordered[j]!)]).toEqual([ordered[i], ordered[j], Math.sign(i - j)]);
      }
    }
  });

  it('treats trailing zeros, leading zeros and spelling variants as equal', () => {
    expect(comparePep440('1.0', '1.0.0')).toBe(0);
    expect(comparePep440('1.01', '1.1')).toBe(0);
    expect(comparePep440('1.0alpha1', '1.0a1')).toBe(0);
    expect(comparePep440('1.0-1', '1.0.post1')).toBe(0);
  });

  it('compares numerically, not as text', () => {
    expect(comparePep440('1.10', '1.9')).toBe(1);
    expect(comparePep440('2.0', '10.0')).toBe(-1);
    expect(comparePep440('1.0.99999999999999999999', '1.0.99999999999999999998')).toBe(1);
  });

  it('lets the epoch win over everything', () => {
    expect(comparePep440('1!0.1', '2024.1')).toBe(1);
  });

  it('returns null when a version cannot be parsed', () => {
    expect(comparePep440('1.0', 'not-a-version')).toBeNull();
  });
});

describe('normalizePypiName', () => {
  it('normalises names per PEP 503', () => {
    expect(normalizePypiName('Django')).toBe('django');
    expect(normalizePypiName('zope.interface')).toBe('zope-interface');
    expect(normalizePypiName('Foo__Bar-.baz')).toBe('foo-bar-baz');
  });
});
