import type { ChallengeState } from '@fairpitch/shared/challenges';

type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

// Open for entries is the state a company acts on, so it stands out; ended states are quiet.
const TONES: Record<ChallengeState, Tone> = {
  draft: 'warning',
  published: 'info',
  'submission-open': 'success',
  'submission-closed': 'neutral',
  evaluation: 'neutral',
  decided: 'neutral',
  archived: 'neutral',
  cancelled: 'danger',
};

export function challengeStatusTone(status: string): Tone {
  return TONES[status as ChallengeState] ?? 'neutral';
}

export function entryStatusTone(status: string): Tone {
  return status === 'submitted' ? 'success' : status === 'withdrawn' ? 'danger' : 'warning';
}
