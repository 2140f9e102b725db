import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { activePhase, submissionDeadline, validatePhases, type Phase } from './phases.js';

const plan: Phase[] = [
  { kind: 'announcement', startsAt: '2026-02-01T08:00:00Z', endsAt: '2026-02-15T08:00:00Z' },
  { kind: 'questions', startsAt: '2026-02-15T08:00:00Z', endsAt: '2026-03-01T11:00:00Z' },
  { kind: 'submission', startsAt: '2026-03-01T11:00:00Z', endsAt: '2026-04-01T10:00:00Z' },
  { kind: 'evaluation', startsAt: '2026-04-02T08:00:00Z', endsAt: '2026-05-01T08:00:00Z' },
];

describe('validatePhases', () => {
  it('accepts back-to-back phases in order with one submission phase', () => {
    expect(validatePhases(plan, 'challenge')).toEqual([]);
  });
  it('refuses a phase that ends before or when it starts', () => {
    const bad: Phase[] = [{ kind: 'submission', startsAt: '2026-03-01T11:00:00Z', endsAt: '2026-03-01T11:00:00Z' }];
    expect(validatePhases(bad, 'challenge')).toEqual([{ path: 'phases.0.endsAt', code: 'phase.start-not-before-end' }]);
  });
  it('refuses overlapping phases, so that at most one is active at any instant', () => {
    const bad = plan.map((phase) => ({ ...phase }));
    bad[2]!.startsAt = '2026-02-28T11:00:00Z';
    expect(validatePhases(bad, 'challenge')).toEqual([{ path: 'phases.2.startsAt', code: 'phase.overlap' }]);
  });
  it('refuses a list that is not in chronological order', () => {
    const bad = [plan[1]!, plan[0]!, plan[2]!];
    expect(validatePhases(bad, 'challenge')).toContainEqual({ path: 'phases.1.startsAt', code: 'phase.out-of-order' });
  });
  it('detects an overlap with a long earlier phase even when a short one lies between', () => {
    const bad: Phase[] = [
      { kind: 'announcement', startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-06-01T00:00:00Z' },
      { kind: 'questions', startsAt: '2026-02-01T00:00:00Z', endsAt: '2026-02-02T00:00:00Z' },
      { kind: 'submission', startsAt: '2026-03-01T00:00:00Z', endsAt: '2026-04-01T00:00:00Z' },
    ];
    expect(validatePhases(bad, 'challenge').map((issue) => issue.path)).toEqual(['phases.1.startsAt', 'phases.2.startsAt']);
  });
  it('requires a submission phase for challenges and hackathons but not for market dialogues', () => {
    const noSubmission = plan.filter((phase) => phase.kind !== 'submission');
    expect(validatePhases(noSubmission, 'challenge')).toEqual([{ path: 'phases', code: 'phases.submission-missing' }]);
    expect(validatePhases(noSubmission, 'hackathon')).toEqual([{ path: 'phases', code: 'phases.submission-missing' }]);
    expect(validatePhases(noSubmission, 'market-dialogue')).toEqual([]);
  });
  it('refuses two submission phases, which would mean two deadlines', () => {
    const twice: Phase[] = [...plan, { kind: 'submission', startsAt: '2026-05-01T08:00:00Z', endsAt: '2026-05-02T08:00:00Z' }];
    expect(validatePhases(twice, 'challenge')).toEqual([{ path: 'phases', code: 'phases.submission-duplicate' }]);
  });
  it('allows event days only in hackathons', () => {
    const day: Phase = { kind: 'event-day', startsAt: '2026-03-10T07:00:00Z', endsAt: '2026-03-10T16:00:00Z' };
    const withDay: Phase[] = [{ kind: 'submission', startsAt: '2026-03-10T16:00:00Z', endsAt: '2026-03-10T18:00:00Z' }];
    expect(validatePhases([day, ...withDay], 'hackathon')).toEqual([]);
    expect(validatePhases([day, ...withDay], 'challenge')).toEqual([{ path: 'phases.0.kind', code: 'phase.event-day-not-hackathon' }]);
  });
  it('refuses times that are not UTC instants and an empty list', () => {
    const local: Phase[] = [{ kind: 'submission', startsAt: '2026-03-01T12:00:00+01:00', endsAt: '2026-03-02T12:00:00Z' }];
    expect(validatePhases(local, 'challenge')).toEqual([{ path: 'phases.0.startsAt', code: 'phase.instant-invalid' }]);
    expect(validatePhases([], 'market-dialogue')).toEqual([{ path: 'phases', code: 'phases.empty' }]);
  });
});

describe('activePhase', () => {
  it('returns the phase whose interval contains the instant, the start included and the end excluded', () => {
    expect(activePhase(plan, new Date('2026-03-01T10:59:59.999Z'))?.kind).toBe('questions');
    expect(activePhase(plan, new Date('2026-03-01T11:00:00.000Z'))?.kind).toBe('submission');
  });
  it('returns null between phases and outside the plan', () => {
    expect(activePhase(plan, new Date('2026-04-01T12:00:00Z'))).toBeNull();
    expect(activePhase(plan, new Date('2025-01-01T00:00:00Z'))).toBeNull();
    expect(activePhase(plan, new Date('2027-01-01T00:00:00Z'))).toBeNull();
  });
});

describe('submissionDeadline', () => {
  it('is the end of the submission phase', () => {
    expect(submissionDeadline(plan)?.toISOString()).toBe('2026-04-01T10:00:00.000Z');
  });
  it('is null when there is no submission phase', () => {
    expect(submissionDeadline(plan.slice(0, 2))).toBeNull();
  });
});

describe('phases on arbitrary plans', () => {
  // Random plans of up to six phases on a one-week grid of whole minutes.
  const minute = 60_000;
  const origin = Date.UTC(2026, 0, 1);
  const arbitraryPlan = fc.array(
    fc.record({ start: fc.integer({ min: 0, max: 10_080 }), length: fc.integer({ min: -5, max: 3_000 }) }),
    { minLength: 1, maxLength: 6 },
  );
  const toPhases = (grid: { start: number; length: number }[]): Phase[] =>
    grid.map(({ start, length }, i) => ({
      kind: i === 0 ? 'submission' : 'evaluation',
      startsAt: new Date(origin + start * minute).toISOString(),
      endsAt: new Date(origin + (start + length) * minute).toISOString(),
    }));

  it('never has two phases active at the same instant once a plan passes validation', () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.integer({ min: -10, max: 14_000 }), (grid, probe) => {
        const phases = toPhases(grid);
        fc.pre(validatePhases(phases, 'challenge').length === 0);
        const t = origin + probe * minute;
        const active = phases.filter((phase) => Date.parse(phase.startsAt) <= t && t < Date.parse(phase.endsAt));
        expect(active.length).toBeLessThanOrEqual(1);
        expect(activePhase(phases, new Date(t))).toBe(active[0] ?? null);
      }),
      { numRuns: 500 },
    );
  });
});
