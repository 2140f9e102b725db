import type { DecisionInput, RankingEntry } from '../../api/client.js';

// The organiser's decision: winners, award and reasons, checked as the server checks them
// (a winner must be ranked and pass every published threshold).

export interface DecisionForm {
  winners: string[];
  title: string;
  description: string;
  /** As typed; '' when no amount is given. */
  amountDkk: string;
  reasons: string;
  /** A number field: Vue's v-model gives a number once edited. */
  standstillDays: string | number;
}

export type DecisionField = 'winners' | 'title' | 'amountDkk' | 'reasons' | 'standstillDays';

export function emptyDecisionForm(): DecisionForm {
  return { winners: [], title: '', description: '', amountDkk: '', reasons: '', standstillDays: '10' };
}

/** Entries that may win: ranked and above every threshold. */
export function eligibleWinners(entries: readonly RankingEntry[]): Set<string> {
  return new Set(entries.filter((e) => !e.belowThreshold).map((e) => e.entryId));
}

// Number fields bound with v-model hand over numbers, text fields strings: read both.
function number(text: string | number): number | null {
  const trimmed = String(text).trim().replace(/\s/g, '').replace(',', '.');
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** Problems by field, as message keys under `decision.errors`. */
export function decisionIssues(form: DecisionForm, entries: readonly RankingEntry[], leadsToPurchase: boolean): Partial<Record<DecisionField, string>> {
  const issues: Partial<Record<DecisionField, string>> = {};
  const eligible = eligibleWinners(entries);
  if (!form.winners.length) issues.winners = 'noWinner';
  else if (form.winners.some((id) => !eligible.has(id))) issues.winners = 'belowThreshold';
  if (!form.title.trim()) issues.title = 'titleRequired';
  const amount = number(form.amountDkk);
  if (amount !== null && !(amount >= 0)) issues.amountDkk = 'amountInvalid';
  if (form.reasons.trim().length < 10) issues.reasons = 'reasonsShort';
  if (leadsToPurchase) {
    const days = number(form.standstillDays);
    if (days === null || !Number.isInteger(days) || days < 0 || days > 60) issues.standstillDays = 'standstillInvalid';
  }
  return issues;
}

export function decisionBody(form: DecisionForm, leadsToPurchase: boolean): DecisionInput {
  const amount = number(form.amountDkk);
  return {
    winners: [...form.winners],
    award: { title: form.title.trim(), ...(form.description.trim() && { description: form.description.trim() }), ...(amount !== null && { amountDkk: amount }) },
    reasons: form.reasons.trim(),
    ...(leadsToPurchase && { standstillDays: number(form.standstillDays) ?? 10 }),
  };
}
