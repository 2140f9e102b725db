import { describe, expect, it } from 'vitest';
import { makeScreeningInput } from './screening-fixtures.js';
import { screeningInputHash } from './screening-input-hash.js';

const document = (bytes: number[], sha256: string) => ({
  attachmentId: 'a1',
  fileName: 'pitch.pdf',
  sha256,
  detectedMime: 'application/pdf',
  bytes: new Uint8Array(bytes),
});

describe('screeningInputHash', () => {
  it('is a SHA-256 hex digest that is stable for the same input', () => {
    const hash = screeningInputHash(makeScreeningInput(), '1');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(screeningInputHash(makeScreeningInput(), '1')).toBe(hash);
  });

  it('changes with the ruleset version and with any answer', () => {
    const base = screeningInputHash(makeScreeningInput(), '1');
    expect(screeningInputHash(makeScreeningInput(), '2')).not.toBe(base);
    expect(screeningInputHash(makeScreeningInput({ declaration: { mfa: true } }), '1')).not.toBe(base);
  });

  it('does not depend on the order in which fields were written', () => {
    const a = makeScreeningInput({ fields: { x: '1', y: '2' } });
    const b = makeScreeningInput({ fields: { y: '2', x: '1' } });
    expect(screeningInputHash(a, '1')).toBe(screeningInputHash(b, '1'));
  });

  it('covers documents by their SHA-256 rather than their bytes', () => {
    const sameHash = screeningInputHash(makeScreeningInput({ documents: [document([1, 2, 3], 'aa')] }), '1');
    expect(screeningInputHash(makeScreeningInput({ documents: [document([9, 9], 'aa')] }), '1')).toBe(sameHash);
    expect(screeningInputHash(makeScreeningInput({ documents: [document([1, 2, 3], 'bb')] }), '1')).not.toBe(sameHash);
  });
});
