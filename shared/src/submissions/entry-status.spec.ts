import { describe, expect, it } from 'vitest';
import { transitionEntry } from './entry-status.js';

describe('transitionEntry', () => {
  it('turns a draft into a submitted entry with its first revision', () => {
    expect(transitionEntry('draft', 'submit')).toEqual({ ok: true, status: 'submitted', newRevision: true });
  });
  it('keeps a resubmitted entry submitted and adds a revision', () => {
    expect(transitionEntry('submitted', 'submit')).toEqual({ ok: true, status: 'submitted', newRevision: true });
  });
  it('lets a submitted entry be withdrawn without a new revision', () => {
    expect(transitionEntry('submitted', 'withdraw')).toEqual({ ok: true, status: 'withdrawn', newRevision: false });
  });
  it('refuses to withdraw a draft, which was never submitted', () => {
    expect(transitionEntry('draft', 'withdraw')).toEqual({ ok: false, code: 'entry.not-submitted' });
  });
  it('treats withdrawal as final', () => {
    expect(transitionEntry('withdrawn', 'submit')).toEqual({ ok: false, code: 'entry.withdrawn' });
    expect(transitionEntry('withdrawn', 'withdraw')).toEqual({ ok: false, code: 'entry.withdrawn' });
  });
  it('reports an unknown status', () => {
    expect(transitionEntry('opened', 'submit')).toEqual({ ok: false, code: 'entry.unknown-status' });
  });
});
