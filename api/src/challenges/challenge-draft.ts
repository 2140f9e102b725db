import type { ChallengeDraft, ChallengeUpdate, EvaluationMethod, Phase } from '@fairpitch/shared/challenges';
import type { Challenge } from './challenge.entity.js';
import type { ChallengePhase } from './challenge-phase.entity.js';

/** The challenge as the publishing rules see it (plain data, no database columns). */
export function toDraft(challenge: Challenge, phases: ChallengePhase[]): ChallengeDraft {
  return {
    title: challenge.title,
    summary: challenge.summary,
    descriptionMarkdown: challenge.descriptionMarkdown,
    department: challenge.department,
    categories: challenge.categories,
    type: challenge.type,
    language: challenge.language,
    contact: challenge.contact ?? undefined,
    outreachPartners: challenge.outreachPartners,
    phases: [...phases]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({ kind: p.kind, startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString(), title: p.title ?? undefined })),
    evaluationMethod: challenge.evaluationMethod ?? undefined,
    legalBasis: challenge.legalBasis,
    prizes: challenge.prizes,
    benefitsToIndividualFirms: challenge.benefitsToIndividualFirms,
    deMinimisDeclarationsRequired: challenge.deMinimisDeclarationsRequired,
    leadsToPurchase: challenge.leadsToPurchase,
    blindReview: challenge.blindReview,
    submissionGraceSeconds: challenge.submissionGraceSeconds,
    responsePeriodDays: challenge.responsePeriodDays ?? undefined,
    retentionDays: challenge.retentionDays ?? undefined,
    customQuestions: challenge.customQuestions,
  };
}

/** Copies the fields of an update onto the entity; phases are returned separately for their own table. */
export function applyUpdate(challenge: Challenge, update: ChallengeUpdate): { phases?: Phase[] } {
  const { phases, evaluationMethod, contact, responsePeriodDays, retentionDays, ...rest } = update;
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) (challenge as unknown as Record<string, unknown>)[key] = value;
  }
  if (contact !== undefined) challenge.contact = contact;
  if (evaluationMethod !== undefined) challenge.evaluationMethod = evaluationMethod as EvaluationMethod;
  if (responsePeriodDays !== undefined) challenge.responsePeriodDays = responsePeriodDays;
  if (retentionDays !== undefined) challenge.retentionDays = retentionDays;
  return phases !== undefined ? { phases } : {};
}
