import { describe, expect, it } from 'vitest';
import { hashCanonical } from '../common/sha256.js';
import { exportTimestamp, isDecided } from './snapshot.js';
import { exampleDecidedSnapshot, exampleUndecidedSnapshot } from './testing/example-snapshot.js';

describe('isDecided', () => {
  it('is true for a decided challenge and stays true once it is archived', () => {
    const decided = exampleDecidedSnapshot();
    expect(isDecided(decided)).toBe(true);
    expect(isDecided({ ...decided, challenge: { ...decided.challenge, status: 'archived' } })).toBe(true);
  });

  it('is false while the jury is at work and after a decision was annulled', () => {
    const decided = exampleDecidedSnapshot();
    expect(isDecided(exampleUndecidedSnapshot())).toBe(false);
    expect(isDecided({ ...decided, challenge: { ...decided.challenge, status: 'cancelled' } })).toBe(false);
  });
});

describe('exportTimestamp', () => {
  it('is the decision time for a decided challenge', () => {
    expect(exportTimestamp(exampleDecidedSnapshot())).toBe('2026-11-20T10:00:00Z');
  });

  it('is the snapshot time for a DRAFT', () => {
    expect(exportTimestamp(exampleUndecidedSnapshot())).toBe('2026-11-27T09:00:00Z');
  });
});

describe('the snapshot', () => {
  it('survives a JSON round trip unchanged, so it can travel in a job payload', () => {
    const snapshot = exampleDecidedSnapshot();
    const copy: unknown = JSON.parse(JSON.stringify(snapshot));
    expect(copy).toEqual(snapshot);
    expect(hashCanonical(copy)).toBe(hashCanonical(snapshot));
  });
});
