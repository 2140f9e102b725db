import type { ChallengeDetail, Entry } from '../api/client.js';

// Answers the API would give, for component tests.

export const CHALLENGE: ChallengeDetail = {
  id: 'c0000000-0000-4000-8000-000000000001',
  title: 'AI-understøttelse af offentlige høringer',
  summary: 'Hjælp kommunen med at læse høringssvar.',
  type: 'challenge',
  status: 'submission-open',
  language: 'da',
  department: 'Økonomiforvaltningen',
  categories: ['ai'],
  publishedAt: '2026-11-01T09:00:00.000Z',
  deadline: '2026-12-20T11:00:00.000Z',
  activePhase: 'submission',
  descriptionMarkdown: '## Udfordringen',
  descriptionHtml: '<h2>Udfordringen</h2>',
  contact: { name: 'Otto Organiser', email: 'organiser@fairpitch.local' },
  outreachPartners: [],
  legalBasis: 'procurement-contract',
  prizes: [],
  benefitsToIndividualFirms: false,
  deMinimisDeclarationsRequired: false,
  leadsToPurchase: false,
  blindReview: true,
  submissionGraceSeconds: 0,
  responsePeriodDays: 10,
  retentionDays: 365,
  customQuestions: [],
  phases: [{ kind: 'submission', startsAt: '2026-11-01T09:00:00.000Z', endsAt: '2026-12-20T11:00:00.000Z' }],
  evaluationMethod: null,
  criteria: [],
  methodHash: 'a'.repeat(64),
  draftMethodHash: null,
  priceModelWarnings: [],
  amendments: [],
  questions: [],
  decidedAt: null,
};

/** A hackathon on its first event day: two event days, then the submission window. */
export const HACKATHON: ChallengeDetail = {
  ...CHALLENGE,
  id: 'c0000000-0000-4000-8000-000000000002',
  title: 'Hackathon om grøn mobilitet',
  type: 'hackathon',
  activePhase: 'event-day',
  deadline: '2026-12-06T18:00:00.000Z',
  phases: [
    { kind: 'event-day', startsAt: '2026-12-05T08:00:00.000Z', endsAt: '2026-12-05T20:00:00.000Z' },
    { kind: 'event-day', startsAt: '2026-12-06T08:00:00.000Z', endsAt: '2026-12-06T16:00:00.000Z' },
    { kind: 'submission', startsAt: '2026-12-06T16:00:00.000Z', endsAt: '2026-12-06T18:00:00.000Z' },
  ],
};

export const ENTRY: Entry = {
  id: 'e0000000-0000-4000-8000-000000000001',
  challengeId: CHALLENGE.id,
  companyId: 'd0000000-0000-4000-8000-000000000001',
  status: 'draft',
  version: 3,
  content: { solution: { title: 'Tolk' } },
  attachments: [],
  currentRevision: null,
  revisions: [],
  label: null,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:30:00.000Z',
  submittedAt: null,
  withdrawnAt: null,
};
