import { validateCustomQuestions } from '../submissions/custom-questions.js';
import { blindReviewAllowed, type ChallengeUpdate } from './challenge-input.js';
import type { ChallengeType } from './challenge-type.js';
import { validateEvaluationMethod } from './evaluation-method.js';
import { checkLegalFrame } from './legal-frame.js';
import { submissionDeadline, validatePhases } from './phases.js';
import { prefixIssues, type ValidationIssue } from './validation-issue.js';

export type ChallengeDraft = ChallengeUpdate & { type: ChallengeType };

export interface PublishOptions {
  /** The screening rules on offer; mandatory rules must be among them. */
  knownScreeningRules?: readonly string[];
  /** The server's clock; when given, a deadline already passed blocks publication. */
  now?: Date;
}

const REQUIRED_TEXTS = ['title', 'summary', 'descriptionMarkdown', 'department'] as const;

/**
 * Everything that stops a draft from being published, as codes with paths; an empty list means
 * it may be published. Publication freezes the evaluation method, so it must be complete here.
 */
export function canPublish(draft: ChallengeDraft, options: PublishOptions = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const field of REQUIRED_TEXTS) {
    const value = draft[field];
    if (value === undefined || value.trim() === '') issues.push({ path: field, code: 'challenge.text-missing' });
  }
  if (!draft.contact) issues.push({ path: 'contact', code: 'challenge.text-missing' });
  if (draft.retentionDays === undefined) issues.push({ path: 'retentionDays', code: 'challenge.retention-missing' });

  const phases = draft.phases ?? [];
  issues.push(...validatePhases(phases, draft.type));
  const deadline = submissionDeadline(phases);
  if (options.now && deadline && deadline.getTime() <= options.now.getTime()) {
    issues.push({ path: 'phases', code: 'challenge.deadline-passed' });
  }

  // A market dialogue ranks nobody, so it needs no evaluation method.
  if (draft.evaluationMethod === undefined) {
    if (draft.type !== 'market-dialogue') issues.push({ path: 'evaluationMethod', code: 'challenge.method-missing' });
  } else {
    const methodOptions = options.knownScreeningRules ? { knownScreeningRules: options.knownScreeningRules } : {};
    const method = validateEvaluationMethod(draft.evaluationMethod, methodOptions);
    if (!method.ok) issues.push(...prefixIssues('evaluationMethod', method.issues));
    else if (draft.leadsToPurchase && draft.type !== 'market-dialogue' && method.method.priceModel.kind === 'none') {
      issues.push({ path: 'evaluationMethod.priceModel', code: 'challenge.price-model-required' });
    }
  }

  if (!blindReviewAllowed(draft.type, draft.blindReview)) issues.push({ path: 'blindReview', code: 'challenge.blind-review-required' });

  const legal = checkLegalFrame({
    type: draft.type,
    prizes: draft.prizes ?? [],
    benefitsToIndividualFirms: draft.benefitsToIndividualFirms ?? false,
    legalBasis: draft.legalBasis ?? 'none',
    deMinimisDeclarationsRequired: draft.deMinimisDeclarationsRequired ?? false,
  });
  if (!legal.ok) issues.push({ path: 'legalBasis', code: legal.code });

  issues.push(...validateCustomQuestions(draft.customQuestions ?? []));
  return issues;
}
