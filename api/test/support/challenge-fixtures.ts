import type { TestClient } from './http-client.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Phases around now: questions until tomorrow, submission from an hour ago (so open) for a week. */
export function openPhases(now = Date.now()) {
  return [
    { kind: 'announcement', startsAt: iso(now - 3 * DAY), endsAt: iso(now - 2 * DAY) },
    { kind: 'questions', startsAt: iso(now - 2 * DAY), endsAt: iso(now - HOUR) },
    { kind: 'submission', startsAt: iso(now - HOUR), endsAt: iso(now + 7 * DAY) },
    { kind: 'screening', startsAt: iso(now + 7 * DAY), endsAt: iso(now + 9 * DAY) },
    { kind: 'evaluation', startsAt: iso(now + 9 * DAY), endsAt: iso(now + 20 * DAY) },
    { kind: 'decision', startsAt: iso(now + 20 * DAY), endsAt: iso(now + 25 * DAY) },
  ];
}

/** Phases entirely in the future: submission opens tomorrow. */
export function futurePhases(now = Date.now()) {
  return [
    { kind: 'questions', startsAt: iso(now), endsAt: iso(now + DAY) },
    { kind: 'submission', startsAt: iso(now + DAY), endsAt: iso(now + 8 * DAY) },
    { kind: 'evaluation', startsAt: iso(now + 8 * DAY), endsAt: iso(now + 20 * DAY) },
  ];
}

export function evaluationMethod(overrides: Record<string, unknown> = {}) {
  return {
    criteria: [
      { id: 'quality', title: { da: 'Kvalitet', en: 'Quality' }, description: { da: 'Løsningens kvalitet', en: 'Quality of the solution' }, weight: 40, threshold: 3 },
      { id: 'feasibility', title: { da: 'Gennemførlighed', en: 'Feasibility' }, weight: 30 },
      { id: 'value', title: { da: 'Værdi for borgerne', en: 'Value for citizens' }, weight: 20 },
    ],
    scale: { min: 0, max: 10, step: 1 },
    screeningWeights: { security: 5, 'data-protection': 5 },
    tieBreak: ['quality', 'feasibility'],
    normalisation: 'z-score',
    ...overrides,
  };
}

export function completeChallenge(overrides: Record<string, unknown> = {}) {
  return {
    title: 'AI support for public consultations',
    type: 'challenge',
    language: 'da',
    summary: 'Help the city read and summarise thousands of consultation responses.',
    descriptionMarkdown: '## Problem\nConsultations get **thousands** of responses.',
    department: 'Økonomiforvaltningen',
    categories: ['ai', 'consultations'],
    contact: { name: 'Otto Organiser', email: 'otto@kk.example' },
    phases: openPhases(),
    evaluationMethod: evaluationMethod(),
    retentionDays: 365,
    responsePeriodDays: 10,
    ...overrides,
  };
}

/** Creates a complete draft as the given organiser; returns its id. */
export async function createDraft(client: TestClient, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await client.post('/api/challenges', completeChallenge(overrides));
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${response.text}`);
  return response.body.id as string;
}

export async function createPublished(client: TestClient, overrides: Record<string, unknown> = {}): Promise<string> {
  const id = await createDraft(client, overrides);
  const published = await client.post(`/api/challenges/${id}/publish`);
  if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${published.text}`);
  return id;
}
