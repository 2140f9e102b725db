import type {
  ChallengeState,
  ChallengeType,
  ContactPerson,
  EvaluationMethod,
  LegalBasis,
  PhaseKind,
  PrizeRecipients,
  SizeClass,
} from '@fairpitch/shared/challenges';
import type { Localised } from '@fairpitch/shared/common';
import type { CustomQuestion } from '@fairpitch/shared/submissions';

// Response shapes of the challenges and companies areas, as api/src/challenges/challenge-views.ts
// and the organisations service build them.

export interface PhaseView {
  kind: PhaseKind;
  title?: Localised;
  startsAt: string;
  endsAt: string;
}

export interface ChallengeSummary {
  id: string;
  title: string;
  summary: string;
  type: ChallengeType;
  status: ChallengeState;
  language: 'da' | 'en';
  department: string;
  categories: string[];
  publishedAt: string | null;
  deadline: string | null;
  activePhase: PhaseKind | null;
}

export interface ChallengePage {
  items: ChallengeSummary[];
  total: number;
  page?: number;
  pageSize?: number;
}

export interface ChallengeListQuery {
  q?: string;
  status?: string;
  type?: string;
  category?: string;
  page?: number;
  pageSize?: number;
}

/** A challenge I work on, with my roles in it. */
export interface MyChallenge extends ChallengeSummary {
  roles: ('organiser' | 'juror')[];
}

export interface AmendmentView {
  number: number;
  reason: string;
  changes: Record<string, unknown>;
  methodHashBefore: string | null;
  methodHashAfter: string | null;
  publishedAt: string;
}

/** A published answer: never who asked. */
export interface PublishedQuestion {
  number: number;
  question: string;
  answer: string;
  answeredAt: string;
}

export interface StoredPrize {
  amountDkk: number;
  recipients: PrizeRecipients;
  description?: string;
}

export interface ChallengeDetail extends ChallengeSummary {
  descriptionMarkdown: string;
  /** Sanitised on the server; the only HTML the app renders. */
  descriptionHtml: string;
  contact: ContactPerson | null;
  outreachPartners: { name: string; url: string }[];
  legalBasis: LegalBasis;
  prizes: StoredPrize[];
  benefitsToIndividualFirms: boolean;
  deMinimisDeclarationsRequired: boolean;
  leadsToPurchase: boolean;
  blindReview: boolean;
  submissionGraceSeconds: number;
  responsePeriodDays: number | null;
  retentionDays: number | null;
  customQuestions: CustomQuestion[];
  phases: PhaseView[];
  evaluationMethod: EvaluationMethod | null;
  criteria: EvaluationMethod['criteria'];
  methodHash: string | null;
  draftMethodHash: string | null;
  priceModelWarnings: { code: string; message: Localised }[];
  amendments: AmendmentView[];
  questions: PublishedQuestion[];
  decidedAt: string | null;
  /** Present for the challenge's team only. */
  team?: true;
  version?: number;
  createdAt?: string;
  publishProblems?: { path: string; code: string }[];
}

export interface TeamMember {
  userId: string;
  name: string;
  email: string;
  role: string;
}

export interface QuestionState {
  id: string;
  text: string;
  askedAt: string;
  status: 'pending' | 'answered';
  published: PublishedQuestion | null;
}

export interface AskedQuestion {
  id: string;
  text: string;
  askedAt: string;
  status: 'pending';
}

export interface Company {
  id: string;
  /** 'team': a hackathon team formed during the event; it has no register number. */
  kind: 'company' | 'team';
  name: string;
  country: string;
  cvr: string | null;
  registrationNumber: string | null;
  sizeClass: SizeClass;
  contactPerson: { name: string; email: string; phone: string | null } | null;
  createdAt: string;
}

export interface MyCompany extends Company {
  role: 'admin' | 'member';
}

/** My registration for a hackathon event, and the teams I belong to in it. */
export interface EventRegistration {
  challengeId: string;
  registered: boolean;
  registeredAt: string | null;
  teams: { id: string; name: string; role: 'admin' | 'member' }[];
}

/** The organiser's view of a hackathon event: how many registered, and the teams formed. */
export interface HackathonEventOverview {
  challengeId: string;
  registrations: number;
  teams: { id: string; name: string; members: number }[];
}

export interface CompanyMember {
  userId: string;
  name: string;
  email: string;
  role: 'admin' | 'member';
}
