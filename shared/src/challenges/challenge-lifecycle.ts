// The challenge lifecycle as data plus one transition function; the database keeps the same
// table as a constraint so no code path can skip a step.
export const CHALLENGE_STATES = [
  'draft',
  'published',
  'submission-open',
  'submission-closed',
  'evaluation',
  'decided',
  'archived',
  'cancelled',
] as const;
export type ChallengeState = (typeof CHALLENGE_STATES)[number];

/** Archived is the only state nothing leaves; cancelled can still be archived. */
export const TERMINAL_STATES: readonly ChallengeState[] = ['archived'];

export const CHALLENGE_TRANSITIONS: Readonly<Record<ChallengeState, readonly ChallengeState[]>> = {
  draft: ['published', 'cancelled'],
  published: ['submission-open', 'cancelled'],
  // No way back from closed to open: the deadline is extended by amendment before it passes.
  'submission-open': ['submission-closed', 'cancelled'],
  'submission-closed': ['evaluation', 'cancelled'],
  evaluation: ['decided', 'cancelled'],
  // A decision can still be annulled (cancelled) before a contract is signed.
  decided: ['archived', 'cancelled'],
  archived: [],
  cancelled: ['archived'],
};

export type TransitionCode = 'lifecycle.unknown-state' | 'lifecycle.same-state' | 'lifecycle.terminal' | 'lifecycle.not-allowed';
export type TransitionResult = { ok: true } | { ok: false; code: TransitionCode };

export function isChallengeState(value: string): value is ChallengeState {
  return (CHALLENGE_STATES as readonly string[]).includes(value);
}

export function nextStates(from: ChallengeState): readonly ChallengeState[] {
  return CHALLENGE_TRANSITIONS[from];
}

export function canTransition(from: ChallengeState, to: ChallengeState): boolean {
  return assertTransition(from, to).ok;
}

/** Explains why a transition is refused, so the API can answer with a precise code. */
export function assertTransition(from: string, to: string): TransitionResult {
  if (!isChallengeState(from) || !isChallengeState(to)) return { ok: false, code: 'lifecycle.unknown-state' };
  if (from === to) return { ok: false, code: 'lifecycle.same-state' };
  if (TERMINAL_STATES.includes(from)) return { ok: false, code: 'lifecycle.terminal' };
  if (!CHALLENGE_TRANSITIONS[from].includes(to)) return { ok: false, code: 'lifecycle.not-allowed' };
  return { ok: true };
}
