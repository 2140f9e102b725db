import { describe, expect, it } from 'vitest';
import {
  assertTransition,
  canTransition,
  CHALLENGE_STATES,
  CHALLENGE_TRANSITIONS,
  nextStates,
  type ChallengeState,
} from './challenge-lifecycle.js';

describe('challenge lifecycle', () => {
  it('walks the happy path from draft to archived one step at a time', () => {
    const path: ChallengeState[] = ['draft', 'published', 'submission-open', 'submission-closed', 'evaluation', 'decided', 'archived'];
    for (let i = 1; i < path.length; i++) {
      expect(assertTransition(path[i - 1]!, path[i]!)).toEqual({ ok: true });
    }
  });
  it('refuses to skip a step', () => {
    expect(assertTransition('draft', 'submission-open')).toEqual({ ok: false, code: 'lifecycle.not-allowed' });
    expect(assertTransition('submission-open', 'evaluation')).toEqual({ ok: false, code: 'lifecycle.not-allowed' });
    expect(canTransition('published', 'decided')).toBe(false);
  });
  it('refuses to go back, so a closed submission phase cannot be reopened', () => {
    expect(canTransition('submission-closed', 'submission-open')).toBe(false);
    expect(canTransition('published', 'draft')).toBe(false);
  });
  it('lets every state except archived and cancelled itself be cancelled', () => {
    for (const state of CHALLENGE_STATES) {
      const expected = state !== 'archived' && state !== 'cancelled';
      expect(canTransition(state, 'cancelled')).toBe(expected);
    }
  });
  it('reaches archived only from decided or cancelled', () => {
    const from = CHALLENGE_STATES.filter((state) => canTransition(state, 'archived'));
    expect(from.toSorted()).toEqual(['cancelled', 'decided']);
  });
  it('leaves archived as a terminal state', () => {
    expect(nextStates('archived')).toEqual([]);
    expect(assertTransition('archived', 'draft')).toEqual({ ok: false, code: 'lifecycle.terminal' });
  });
  it('reports unknown states and no-op transitions with their own codes', () => {
    expect(assertTransition('open', 'published')).toEqual({ ok: false, code: 'lifecycle.unknown-state' });
    expect(assertTransition('draft', 'draft')).toEqual({ ok: false, code: 'lifecycle.same-state' });
  });
  it('lists only known states in the transition table', () => {
    for (const targets of Object.values(CHALLENGE_TRANSITIONS)) {
      for (const target of targets) expect(CHALLENGE_STATES).toContain(target);
    }
  });
});
