import type { ChallengeDetail, EventRegistration, MyCompany, PhaseView } from '../../api/client.js';

// What the hackathon screens decide from the challenge the server sent, so they agree with the
// server's own checks (the API refuses what these hide).

const OPEN = ['published', 'submission-open'];

/** Individuals can register while the hackathon is published or taking entries. */
export function eventRegistrationOpen(challenge: Pick<ChallengeDetail, 'type' | 'status'>): boolean {
  return challenge.type === 'hackathon' && OPEN.includes(challenge.status);
}

function firstEventDay(phases: readonly PhaseView[]): PhaseView | null {
  return phases.filter((p) => p.kind === 'event-day').toSorted((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0] ?? null;
}

/** When the event begins (the first event day), or null when the hackathon has no event days. */
export function eventStartsAt(challenge: Pick<ChallengeDetail, 'phases'>): string | null {
  return firstEventDay(challenge.phases)?.startsAt ?? null;
}

/**
 * Teams form during the event: on an event day, or in the submission phase once the first event
 * day has begun. Phases never overlap, so an event day that starts before the submission phase
 * has begun when submission is the active phase. Uses the server's active phase, not this
 * browser's clock.
 */
export function teamsCanForm(challenge: Pick<ChallengeDetail, 'type' | 'status' | 'activePhase' | 'phases'>): boolean {
  if (!eventRegistrationOpen(challenge)) return false;
  const first = firstEventDay(challenge.phases);
  if (!first) return false;
  if (challenge.activePhase === 'event-day') return true;
  const submission = challenge.phases.find((p) => p.kind === 'submission');
  return challenge.activePhase === 'submission' && submission !== undefined && Date.parse(first.startsAt) < Date.parse(submission.startsAt);
}

/**
 * The companies that can act on this challenge: ordinary companies, and hackathon teams only on
 * the hackathon they were formed for.
 */
export function entrantsFor(companies: readonly MyCompany[], registration: EventRegistration | null): MyCompany[] {
  const teamIds = new Set(registration?.teams.map((team) => team.id) ?? []);
  return companies.filter((company) => company.kind !== 'team' || teamIds.has(company.id));
}
