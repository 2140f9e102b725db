import { z } from 'zod';

/**
 * A reason recorded in the audit trail for a decision (screening, identity leak, jury change):
 * long enough to say something, short enough to read. Trimmed lengths; the API's schemas and
 * the forms that check before sending use these same bounds.
 */
export const RECORDED_REASON = { minLength: 5, maxLength: 4000 } as const;

/** Whether a typed reason is long enough to record (the API also bounds its length). */
export function isRecordableReason(text: string): boolean {
  return text.trim().length >= RECORDED_REASON.minLength;
}

/** The API's schema for such a reason: trimmed, within the bounds. */
export const recordedReasonSchema = z.string().trim().min(RECORDED_REASON.minLength).max(RECORDED_REASON.maxLength);
