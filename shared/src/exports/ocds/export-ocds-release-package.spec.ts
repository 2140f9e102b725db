import { describe, expect, it } from 'vitest';
import { exampleDecidedSnapshot } from '../testing/example-snapshot.js';
import { exportOcdsReleasePackage } from './export-ocds-release-package.js';

const options = { ocidPrefix: 'ocds-213czf', packageUri: 'https://fairpitch.fjordby.example/ocds/ch-2026-klima.json' };

describe('exportOcdsReleasePackage', () => {
  it('offers the file text when the package is valid', () => {
    const result = exportOcdsReleasePackage(exampleDecidedSnapshot(), options);
    expect(result.valid).toBe(true);
    expect(result.valid && JSON.parse(result.text)).toEqual(JSON.parse(JSON.stringify(result.releasePackage)));
  });

  it('withholds the file and says why when the package is invalid', () => {
    const snapshot = exampleDecidedSnapshot();
    snapshot.challenge.currency = 'KRONER';
    snapshot.entries = snapshot.entries.map((e) => (e.price ? { ...e, price: { ...e.price, currency: 'KRONER' } } : e));
    const result = exportOcdsReleasePackage(snapshot, { ...options, packageUri: 'not a uri' });
    expect(result.valid).toBe(false);
    expect(result.valid ? [] : result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['/uri', '/releases/0/bids/details/1/value/currency']),
    );
    expect('text' in result).toBe(false);
  });
});
