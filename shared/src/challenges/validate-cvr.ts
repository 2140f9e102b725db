// Danish CVR numbers (the central business register): 8 digits, the first never 0, and the
// weighted sum with weights 2,7,6,5,4,3,2,1 divisible by 11.
const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

export type CvrCheck =
  | { ok: true; cvr: string }
  | { ok: false; code: 'cvr.format' | 'cvr.leading-zero' | 'cvr.checksum' };

/** Removes spaces and an optional "DK" VAT prefix, as people type "DK 12 34 56 78". */
export function normaliseCvr(input: string): string {
  return input.replace(/\s+/g, '').replace(/^DK/i, '');
}

export function checkCvr(input: string): CvrCheck {
  const cvr = normaliseCvr(input);
  if (!/^\d{8}$/.test(cvr)) return { ok: false, code: 'cvr.format' };
  if (cvr.startsWith('0')) return { ok: false, code: 'cvr.leading-zero' };
  const sum = CVR_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(cvr[i]), 0);
  if (sum % 11 !== 0) return { ok: false, code: 'cvr.checksum' };
  return { ok: true, cvr };
}

export function isValidCvr(input: string): boolean {
  return checkCvr(input).ok;
}
