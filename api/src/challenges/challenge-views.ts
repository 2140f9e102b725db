import {
  type EvaluationMethod,
  activePhase,
  evaluationMethodHash,
  priceModelWarnings,
  renderMarkdown,
  submissionDeadline,
} from '@fairpitch/shared/challenges';
import type { Localised } from '@fairpitch/shared/common';
import type { Amendment } from './amendment.entity.js';
import type { Challenge } from './challenge.entity.js';
import type { ChallengePhase } from './challenge-phase.entity.js';
import type { Question } from './question.entity.js';

export interface PhaseView {
  kind: ChallengePhase['kind'];
  title?: Localised;
  startsAt: string;
  endsAt: string;
}

export function phaseViews(phases: ChallengePhase[]): PhaseView[] {
  return [...phases]
    .sort((a, b) => a.position - b.position)
    .map((p) => ({ kind: p.kind, ...(p.title ? { title: p.title } : {}), startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString() }));
}

export function challengeSummary(challenge: Challenge, phases: ChallengePhase[], now: Date) {
  const views = phaseViews(phases);
  const deadline = submissionDeadline(views);
  return {
    id: challenge.id,
    title: challenge.title,
    summary: challenge.summary,
    type: challenge.type,
    status: challenge.status,
    language: challenge.language,
    department: challenge.department,
    categories: challenge.categories,
    publishedAt: challenge.publishedAt?.toISOString() ?? null,
    deadline: deadline?.toISOString() ?? null,
    activePhase: activePhase(views, now)?.kind ?? null,
  };
}

export function amendmentView(a: Amendment) {
  return {
    number: a.number,
    reason: a.reason,
    changes: a.changes,
    methodHashBefore: a.methodHashBefore,
    methodHashAfter: a.methodHashAfter,
    publishedAt: a.publishedAt.toISOString(),
  };
}

/** A published answer: never the asker, their company or when exactly they asked. */
export function publishedQuestionView(q: Question) {
  return { number: q.number!, question: q.publishedQuestion!, answer: q.answer!, answeredAt: q.answeredAt!.toISOString() };
}

export function challengeDetail(
  challenge: Challenge,
  phases: ChallengePhase[],
  amendments: Amendment[],
  questions: Question[],
  now: Date,
) {
  const method = challenge.evaluationMethod as EvaluationMethod | null;
  return {
    ...challengeSummary(challenge, phases, now),
    descriptionMarkdown: challenge.descriptionMarkdown,
    descriptionHtml: renderMarkdown(challenge.descriptionMarkdown),
    contact: challenge.contact,
    outreachPartners: challenge.outreachPartners,
    legalBasis: challenge.legalBasis,
    prizes: challenge.prizes,
    benefitsToIndividualFirms: challenge.benefitsToIndividualFirms,
    deMinimisDeclarationsRequired: challenge.deMinimisDeclarationsRequired,
    leadsToPurchase: challenge.leadsToPurchase,
    blindReview: challenge.blindReview,
    submissionGraceSeconds: challenge.submissionGraceSeconds,
    responsePeriodDays: challenge.responsePeriodDays,
    retentionDays: challenge.retentionDays,
    customQuestions: challenge.customQuestions,
    phases: phaseViews(phases),
    evaluationMethod: method,
    criteria: method?.criteria ?? [],
    // The hash frozen at publication; for a draft, what it would be if published now.
    methodHash: challenge.methodHash,
    draftMethodHash: !challenge.methodHash && method ? safeHash(method) : null,
    priceModelWarnings: method ? priceModelWarnings(method) : [],
    amendments: amendments.map(amendmentView),
    questions: questions.filter((q) => q.answeredAt).map(publishedQuestionView),
    decidedAt: challenge.decidedAt?.toISOString() ?? null,
  };
}

function safeHash(method: EvaluationMethod): string | null {
  try {
    return evaluationMethodHash(method);
  } catch {
    return null;
  }
}
