import { describe, expect, it } from 'vitest';
import { publishedOcdsUri } from './published-ocds.js';

describe('publishedOcdsUri', () => {
  it('points at the public API route under PUBLIC_URL', () => {
    expect(publishedOcdsUri(new URL('https://fairpitch.kk.dk'), '0b4f3c1e-8d2a-4c57-9e1b-2f6a7d9c0e11')).toBe(
      'https://fairpitch.kk.dk/api/challenges/0b4f3c1e-8d2a-4c57-9e1b-2f6a7d9c0e11/ocds-release-package.json',
    );
  });

  it('uses only the origin of PUBLIC_URL, as the API is served from its root like every other link', () => {
    expect(publishedOcdsUri(new URL('http://localhost:3000/'), 'c1')).toBe('http://localhost:3000/api/challenges/c1/ocds-release-package.json');
    expect(publishedOcdsUri(new URL('http://localhost:3000/app'), 'c1')).toBe('http://localhost:3000/api/challenges/c1/ocds-release-package.json');
  });
});
