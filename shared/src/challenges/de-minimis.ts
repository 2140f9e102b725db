import deMinimisData from './de-minimis.json' with { type: 'json' };

/** The de minimis ceiling per undertaking over a rolling period, from the EU regulation. */
export const DE_MINIMIS = {
  ceilingEur: deMinimisData.ceilingEur,
  periodYears: deMinimisData.periodYears,
  dkkPerEur: deMinimisData.dkkPerEur,
} as const;

export function dkkToEur(amountDkk: number): number {
  return amountDkk / DE_MINIMIS.dkkPerEur;
}

/** What a firm may still receive as de minimis aid, given what it declared for the period. */
export function deMinimisHeadroomEur(earlierAidEur: number): number {
  return Math.max(0, DE_MINIMIS.ceilingEur - earlierAidEur);
}

/** True when granting `newAidEur` would take the firm over the ceiling. */
export function exceedsDeMinimisCeiling(earlierAidEur: number, newAidEur: number): boolean {
  return earlierAidEur + newAidEur > DE_MINIMIS.ceilingEur;
}
