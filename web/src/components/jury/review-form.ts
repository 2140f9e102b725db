import type { Criterion, Scale } from '@fairpitch/shared/challenges';
import type { FieldError, JurorMethod, ReviewScore, ReviewView } from '../../api/client.js';

// The juror's score form: its editable shape, the body the API takes, and the same checks the
// server makes (on the scale's steps; every criterion scored and justified before submitting).

// Floating-point slack when checking that a score sits on a step of the scale, as the server allows.
const STEP_TOLERANCE = 1e-9;
/** Up to this many points a scale is offered as a list; finer scales get a number field. */
export const MAX_LISTED_POINTS = 21;

export interface ScoreRow {
  criterionId: string;
  /** As chosen ('' while unscored); a number field for fine scales hands over a number. */
  value: string | number;
  justification: string;
}

export type ReviewForm = ScoreRow[];

export interface ReviewIssue {
  /** `<criterionId>.value` or `<criterionId>.justification`. */
  path: string;
  code: 'jury.score-missing' | 'jury.score-off-scale' | 'jury.justification-required';
}

export function reviewFormFrom(method: JurorMethod, review: Pick<ReviewView, 'scores'> | null): ReviewForm {
  return method.criteria.map((criterion) => {
    const saved = review?.scores.find((s) => s.criterionId === criterion.id);
    return { criterionId: criterion.id, value: saved ? String(saved.value) : '', justification: saved?.justification ?? '' };
  });
}

/** The points of a scale, min to max by step, when there are few enough to list. */
export function scalePoints(scale: Scale): number[] | null {
  const step = scale.step > 0 ? scale.step : 1;
  const count = Math.round((scale.max - scale.min) / step) + 1;
  if (!Number.isFinite(count) || count < 1 || count > MAX_LISTED_POINTS) return null;
  return Array.from({ length: count }, (_, k) => Math.round((scale.min + k * step) * 1e9) / 1e9);
}

export function onScale(value: number, scale: Scale): boolean {
  if (!Number.isFinite(value) || value < scale.min - STEP_TOLERANCE || value > scale.max + STEP_TOLERANCE) return false;
  if (!scale.step) return true;
  const steps = (value - scale.min) / scale.step;
  return Math.abs(steps - Math.round(steps)) <= STEP_TOLERANCE * Math.max(1, Math.abs(steps));
}

/** A typed or chosen score: null when left empty, NaN when not a number. */
export function parseScore(value: string | number): number | null {
  const trimmed = String(value).trim().replace(',', '.');
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** What the server would refuse. A draft may leave criteria out; a submission may not. */
export function reviewIssues(method: JurorMethod, form: ReviewForm, complete: boolean): ReviewIssue[] {
  const issues: ReviewIssue[] = [];
  for (const criterion of method.criteria) {
    const row = form.find((r) => r.criterionId === criterion.id);
    const value = parseScore(row?.value ?? '');
    if (value === null) {
      if (complete) issues.push({ path: `${criterion.id}.value`, code: 'jury.score-missing' });
    } else if (!onScale(value, method.scale)) {
      issues.push({ path: `${criterion.id}.value`, code: 'jury.score-off-scale' });
    }
    if (complete && !(row?.justification.trim() ?? '')) issues.push({ path: `${criterion.id}.justification`, code: 'jury.justification-required' });
  }
  return issues;
}

/**
 * The scores to send: every criterion with a valid value, in the method's order. A draft leaves
 * out what is not yet scored (the API needs a number for each score it keeps).
 */
export function reviewScores(method: JurorMethod, form: ReviewForm): ReviewScore[] {
  return method.criteria.flatMap((criterion) => {
    const row = form.find((r) => r.criterionId === criterion.id);
    const value = parseScore(row?.value ?? '');
    if (value === null || !onScale(value, method.scale)) return [];
    return [{ criterionId: criterion.id, value, justification: row!.justification.trim() }];
  });
}

/** The server names fields by position in what was sent (`scores.1.value`) or by criterion (`scores.quality`). */
export function serverFieldPath(field: FieldError, sent: readonly ReviewScore[]): string {
  const byIndex = /^scores\.(\d+)\.(value|justification|criterionId)$/.exec(field.path);
  if (byIndex) {
    const criterionId = sent[Number(byIndex[1])]?.criterionId ?? '';
    return `${criterionId}.${byIndex[2] === 'justification' ? 'justification' : 'value'}`;
  }
  const byCriterion = /^scores\.([a-z0-9-]+)$/.exec(field.path);
  return byCriterion ? `${byCriterion[1]}.value` : field.path;
}

/** Criterion title in a language, falling back to the other and to the id. */
export function criterionTitle(criterion: Pick<Criterion, 'id' | 'title'> | undefined, locale: string, fallback = ''): string {
  if (!criterion) return fallback;
  const first = locale === 'en' ? criterion.title.en : criterion.title.da;
  const other = locale === 'en' ? criterion.title.da : criterion.title.en;
  return first?.trim() || other?.trim() || criterion.id;
}
