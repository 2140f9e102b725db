import { z } from 'zod';
import type { Localised } from '../common/localised.js';
import type { ChallengeType } from './challenge-type.js';
import { challengeCode } from './messages.js';
import { parseUtcInstant } from './utc-instant.js';
import type { ValidationIssue } from './validation-issue.js';

// A challenge runs through ordered phases. Each phase covers [startsAt, endsAt): the end instant
// belongs to the next phase, so back-to-back phases never overlap and at most one is active.
export const PHASE_KINDS = [
  'announcement',
  'questions',
  'submission',
  'screening',
  'evaluation',
  'decision',
  'event-day',
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

export interface Phase {
  kind: PhaseKind;
  startsAt: string;
  endsAt: string;
  title?: Localised | undefined;
}

const utcInstant = z.string().refine((value) => parseUtcInstant(value) !== null, challengeCode('phase.instant-invalid'));

export const phaseSchema = z.object({
  kind: z.enum(PHASE_KINDS, challengeCode('phase.kind-invalid')),
  startsAt: utcInstant,
  endsAt: utcInstant,
  title: z.object({ da: z.string().trim().max(200), en: z.string().trim().max(200) }).optional(),
});

export type PhaseCode =
  | 'phases.empty'
  | 'phases.submission-missing'
  | 'phases.submission-duplicate'
  | 'phase.instant-invalid'
  | 'phase.start-not-before-end'
  | 'phase.out-of-order'
  | 'phase.overlap'
  | 'phase.event-day-not-hackathon';

const TYPES_NEEDING_SUBMISSION: readonly ChallengeType[] = ['challenge', 'hackathon'];

export function validatePhases(phases: readonly Phase[], type: ChallengeType): ValidationIssue<PhaseCode>[] {
  const issues: ValidationIssue<PhaseCode>[] = [];
  if (phases.length === 0) issues.push({ path: 'phases', code: 'phases.empty' });
  let previous: { start: number; end: number } | null = null;
  phases.forEach((phase, i) => {
    const start = parseUtcInstant(phase.startsAt);
    const end = parseUtcInstant(phase.endsAt);
    if (start === null) issues.push({ path: `phases.${i}.startsAt`, code: 'phase.instant-invalid' });
    if (end === null) issues.push({ path: `phases.${i}.endsAt`, code: 'phase.instant-invalid' });
    if (phase.kind === 'event-day' && type !== 'hackathon') {
      issues.push({ path: `phases.${i}.kind`, code: 'phase.event-day-not-hackathon' });
    }
    if (start === null || end === null) return;
    if (start >= end) issues.push({ path: `phases.${i}.endsAt`, code: 'phase.start-not-before-end' });
    if (previous) {
      if (start < previous.start) issues.push({ path: `phases.${i}.startsAt`, code: 'phase.out-of-order' });
      else if (start < previous.end) issues.push({ path: `phases.${i}.startsAt`, code: 'phase.overlap' });
    }
    previous = { start, end: Math.max(end, previous?.end ?? end) };
  });
  const submissions = phases.filter((phase) => phase.kind === 'submission').length;
  if (submissions === 0 && TYPES_NEEDING_SUBMISSION.includes(type)) {
    issues.push({ path: 'phases', code: 'phases.submission-missing' });
  }
  // One submission phase gives one deadline, the same for everyone.
  if (submissions > 1) issues.push({ path: 'phases', code: 'phases.submission-duplicate' });
  return issues;
}

/** The phase running at `now`, or null between phases, before the first or after the last. */
export function activePhase<P extends Phase>(phases: readonly P[], now: Date): P | null {
  const t = now.getTime();
  return (
    phases.find((phase) => {
      const start = parseUtcInstant(phase.startsAt);
      const end = parseUtcInstant(phase.endsAt);
      return start !== null && end !== null && start <= t && t < end;
    }) ?? null
  );
}

export function submissionPhase<P extends Phase>(phases: readonly P[]): P | null {
  return phases.find((phase) => phase.kind === 'submission') ?? null;
}

/** The end of the submission phase; an entry must be committed before it (plus any grace). */
export function submissionDeadline(phases: readonly Phase[]): Date | null {
  const phase = submissionPhase(phases);
  const end = phase ? parseUtcInstant(phase.endsAt) : null;
  return end === null ? null : new Date(end);
}
