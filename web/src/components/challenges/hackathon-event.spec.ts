import { describe, expect, it } from 'vitest';
import type { MyCompany, PhaseView } from '../../api/client.js';
import { entrantsFor, eventRegistrationOpen, eventStartsAt, teamsCanForm } from './hackathon-event.js';

const EVENT_DAYS: PhaseView[] = [
  { kind: 'event-day', startsAt: '2026-12-06T08:00:00.000Z', endsAt: '2026-12-06T20:00:00.000Z' },
  { kind: 'event-day', startsAt: '2026-12-05T08:00:00.000Z', endsAt: '2026-12-05T20:00:00.000Z' },
];
const SUBMISSION_AFTER: PhaseView = { kind: 'submission', startsAt: '2026-12-06T20:00:00.000Z', endsAt: '2026-12-07T12:00:00.000Z' };
const SUBMISSION_BEFORE: PhaseView = { kind: 'submission', startsAt: '2026-11-01T08:00:00.000Z', endsAt: '2026-12-05T08:00:00.000Z' };
const hackathon = { type: 'hackathon' as const, status: 'submission-open' as const, phases: [...EVENT_DAYS, SUBMISSION_AFTER] };

function company(id: string, kind: 'company' | 'team'): MyCompany {
  return { id, kind, name: id, country: 'DK', cvr: null, registrationNumber: null, sizeClass: 'micro', contactPerson: null, createdAt: '', role: 'admin' };
}

describe('hackathon event rules', () => {
  it('opens registration only for a published hackathon that has not closed submission', () => {
    expect(eventRegistrationOpen({ type: 'hackathon', status: 'published' })).toBe(true);
    expect(eventRegistrationOpen({ type: 'hackathon', status: 'submission-open' })).toBe(true);
    expect(eventRegistrationOpen({ type: 'hackathon', status: 'submission-closed' })).toBe(false);
    expect(eventRegistrationOpen({ type: 'challenge', status: 'published' })).toBe(false);
  });

  it('names the earliest event day as the start of the event, whatever order the phases come in', () => {
    expect(eventStartsAt(hackathon)).toBe('2026-12-05T08:00:00.000Z');
    expect(eventStartsAt({ phases: [SUBMISSION_AFTER] })).toBeNull();
  });

  it('lets teams form on an event day and in a submission phase that follows the event days', () => {
    expect(teamsCanForm({ ...hackathon, activePhase: 'event-day' })).toBe(true);
    expect(teamsCanForm({ ...hackathon, activePhase: 'submission' })).toBe(true);
  });

  it('keeps teams from forming before the event, between phases, once closed, or without event days', () => {
    expect(teamsCanForm({ ...hackathon, phases: [SUBMISSION_BEFORE, ...EVENT_DAYS], activePhase: 'submission' })).toBe(false);
    expect(teamsCanForm({ ...hackathon, activePhase: null })).toBe(false);
    expect(teamsCanForm({ ...hackathon, activePhase: 'announcement' })).toBe(false);
    expect(teamsCanForm({ ...hackathon, status: 'submission-closed', activePhase: 'event-day' })).toBe(false);
    expect(teamsCanForm({ ...hackathon, phases: [SUBMISSION_AFTER], activePhase: 'submission' })).toBe(false);
  });

  it('offers companies everywhere but a team only on the hackathon it was formed for', () => {
    const companies = [company('firm', 'company'), company('our-team', 'team'), company('other-team', 'team')];
    const registration = { challengeId: 'h', registered: true, registeredAt: null, teams: [{ id: 'our-team', name: 'our-team', role: 'admin' as const }] };
    expect(entrantsFor(companies, registration).map((c) => c.id)).toEqual(['firm', 'our-team']);
    expect(entrantsFor(companies, null).map((c) => c.id)).toEqual(['firm']);
  });
});
