import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EvaluationMethod } from '@fairpitch/shared/challenges';
import { criterionScale } from '@fairpitch/shared/judging';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AppError, type FieldError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { JuryAccess, methodOf, requireScoringState } from './jury-access.service.js';
import type { ReviewInput } from './jury.dto.js';
import { type ReviewRow, countingReviewsOfEntry, findReview } from './jury-reviews.repository.js';
import { decisionExists, jurorPseudonym, lockJury } from './jury-state.js';
import { JurorViews, entryName } from './juror-views.service.js';

// Floating-point slack when checking that a score sits on a step of the scale (0.1 + 0.2 …).
const STEP_TOLERANCE = 1e-9;

/**
 * A juror's review of one entry: a score and a written justification per criterion. Drafts save
 * as often as the page likes; "submit" locks the review, and only then may the juror read the
 * other jurors' reviews of that entry.
 */
@Injectable()
export class JuryReviews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jury: JuryAccess,
    private readonly views: JurorViews,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async save(actor: AuthUser, entryId: string, input: ReviewInput) {
    const found = await this.jury.requireAssigned(actor, entryId);
    const { challenge, panel } = found;
    if (panel.judgingMode === 'pairwise') throw AppError.conflict('jury.pairwise-mode');
    const method = methodOf(challenge);
    requireScoringState(challenge);
    const fields = scoreIssues(method, input.scores, input.submit === true);
    if (fields.length) throw AppError.validation(fields);

    const saved = await this.dataSource.transaction(async (manager) => {
      await lockJury(manager, challenge.id);
      if (await decisionExists(manager, challenge.id)) throw AppError.conflict('jury.scores-locked');
      const existing = await findReview(manager, entryId, actor.id, true);
      if (existing?.status === 'submitted') throw AppError.conflict('jury.review-submitted');
      const now = this.clock.now();
      const status = input.submit ? 'submitted' : 'draft';
      await manager.query(
        `INSERT INTO jury_review (challenge_id, entry_id, juror_id, status, scores, updated_at, submitted_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (entry_id, juror_id) DO UPDATE SET status = EXCLUDED.status, scores = EXCLUDED.scores, updated_at = EXCLUDED.updated_at, submitted_at = EXCLUDED.submitted_at`,
        [challenge.id, entryId, actor.id, status, JSON.stringify(input.scores), now, input.submit ? now : null],
      );
      if (input.submit) {
        await this.audit.record(
          { action: 'jury.review_submitted', actorId: actor.id, subjectType: 'entry', subjectId: entryId, data: { challengeId: challenge.id, jurorId: actor.id, scores: input.scores } },
          manager,
        );
      }
      return (await findReview(manager, entryId, actor.id))!;
    });
    return this.views.redactIfBlind(found, { entryId, label: found.entry.label, displayName: panel.blind ? entryName(found.entry) : found.entry.companyName, ...reviewView(saved) });
  }

  /** The juror's own review (or null) of an entry assigned to them. */
  async mine(actor: AuthUser, entryId: string) {
    const found = await this.jury.requireAssigned(actor, entryId);
    const review = await findReview(this.dataSource, entryId, actor.id);
    return this.views.redactIfBlind(found, review ? reviewView(review) : null);
  }

  /** Every counting review of the entry, jurors named by pseudonym; only after submitting one's own. */
  async panelReviews(actor: AuthUser, entryId: string) {
    const found = await this.jury.requireAssigned(actor, entryId);
    const mine = await findReview(this.dataSource, entryId, actor.id);
    if (mine?.status !== 'submitted') throw AppError.forbidden('jury.submit-first');
    const panel = await this.jury.jurorIds(found.challenge.id);
    // The panel sees what the chair and the ranking count: not the review of a juror taken off the entry.
    const reviews = await countingReviewsOfEntry(this.dataSource, entryId);
    return this.views.redactIfBlind(found, {
      entryId,
      label: found.entry.label,
      reviews: reviews.map((r) => ({ juror: jurorPseudonym(Math.max(0, panel.indexOf(r.jurorId))), mine: r.jurorId === actor.id, ...reviewView(r) })),
    });
  }
}

function reviewView(review: ReviewRow) {
  return { status: review.status, scores: review.scores, updatedAt: review.updatedAt.toISOString(), submittedAt: review.submittedAt?.toISOString() ?? null };
}

/** Scores on known criteria, on the scale's steps; a submission needs every criterion with a justification. */
export function scoreIssues(method: EvaluationMethod, scores: ReviewInput['scores'], complete: boolean, pathPrefix = 'scores'): FieldError[] {
  const fields: FieldError[] = [];
  const seen = new Set<string>();
  scores.forEach((score, i) => {
    const criterion = method.criteria.find((c) => c.id === score.criterionId);
    if (!criterion) return fields.push({ path: `${pathPrefix}.${i}.criterionId`, code: 'jury.unknown-criterion' });
    if (seen.has(score.criterionId)) fields.push({ path: `${pathPrefix}.${i}.criterionId`, code: 'jury.duplicate-criterion' });
    seen.add(score.criterionId);
    const scale = criterionScale(method, criterion);
    if (!onScale(score.value, scale)) fields.push({ path: `${pathPrefix}.${i}.value`, code: 'jury.score-off-scale', params: { min: scale.min, max: scale.max, step: scale.step ?? 1 } });
    if (complete && !score.justification.trim()) fields.push({ path: `${pathPrefix}.${i}.justification`, code: 'jury.justification-required' });
    return undefined;
  });
  if (complete) {
    method.criteria.forEach((criterion) => {
      if (!seen.has(criterion.id)) fields.push({ path: `${pathPrefix}.${criterion.id}`, code: 'jury.score-missing' });
    });
  }
  return fields;
}

function onScale(value: number, scale: { min: number; max: number; step?: number }): boolean {
  if (!Number.isFinite(value) || value < scale.min - STEP_TOLERANCE || value > scale.max + STEP_TOLERANCE) return false;
  if (!scale.step) return true;
  const steps = (value - scale.min) / scale.step;
  return Math.abs(steps - Math.round(steps)) <= STEP_TOLERANCE * Math.max(1, Math.abs(steps));
}
