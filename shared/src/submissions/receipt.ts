import { z } from 'zod';
import { hashCanonical } from '../common/sha256.js';

// A receipt proves what a company submitted and when. Its hash is SHA-256 over the canonical
// JSON of the receipt payload: the entry, revision, company and commit time, the revision's
// content, and each attachment's id and SHA-256 (sorted by id, so upload order does not matter).
// Anyone holding the receipt can ask the platform to recompute it and compare.
export const RECEIPT_FORMAT = 'fairpitch.receipt/1';
const MS_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

export interface ReceiptAttachment {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
}

export interface ReceiptInput {
  entryId: string;
  revision: number;
  companyId: string;
  /** When the submit transaction committed, to the millisecond. */
  submittedAt: string | Date;
  /** The revision's content exactly as stored. */
  content: unknown;
  attachments: readonly ReceiptAttachment[];
}

export interface ReceiptPayload {
  format: typeof RECEIPT_FORMAT;
  entryId: string;
  revision: number;
  companyId: string;
  submittedAt: string;
  content: unknown;
  attachments: { id: string; sha256: string }[];
}

export const receiptSchema = z.object({
  format: z.literal(RECEIPT_FORMAT),
  entryId: z.string().min(1).max(100),
  revision: z.number().int().min(1),
  companyId: z.string().min(1).max(100),
  submittedAt: z.string().regex(MS_UTC),
  hash: z.string().regex(SHA256_HEX),
  attachments: z.array(z.object({ id: z.string(), fileName: z.string(), sha256: z.string().regex(SHA256_HEX), size: z.number().int().min(0) })),
});
/** What the company gets, downloads and can present for verification. */
export type Receipt = z.infer<typeof receiptSchema>;

function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function receiptPayload(input: ReceiptInput): ReceiptPayload {
  const submittedAt = typeof input.submittedAt === 'string' ? input.submittedAt : input.submittedAt.toISOString();
  if (!MS_UTC.test(submittedAt)) throw new RangeError('receiptPayload: submittedAt must be a UTC instant with milliseconds');
  if (!Number.isInteger(input.revision) || input.revision < 1) throw new RangeError('receiptPayload: revision must be a whole number ≥ 1');
  for (const attachment of input.attachments) {
    if (!SHA256_HEX.test(attachment.sha256)) throw new RangeError('receiptPayload: attachment sha256 must be lower-case hex');
  }
  return {
    format: RECEIPT_FORMAT,
    entryId: input.entryId,
    revision: input.revision,
    companyId: input.companyId,
    submittedAt,
    content: input.content,
    attachments: input.attachments.toSorted(compareIds).map(({ id, sha256 }) => ({ id, sha256 })),
  };
}

export function computeReceiptHash(payload: ReceiptPayload): string {
  return hashCanonical(payload);
}

export function buildReceipt(input: ReceiptInput): Receipt {
  const payload = receiptPayload(input);
  return {
    format: RECEIPT_FORMAT,
    entryId: payload.entryId,
    revision: payload.revision,
    companyId: payload.companyId,
    submittedAt: payload.submittedAt,
    hash: computeReceiptHash(payload),
    attachments: input.attachments.toSorted(compareIds).map(({ id, fileName, sha256, size }) => ({ id, fileName, sha256, size })),
  };
}

export type ReceiptVerification =
  | { valid: true }
  | { valid: false; code: 'receipt.hash-mismatch' | 'receipt.field-mismatch'; fields: string[] };

/**
 * Compares a presented receipt with the one the platform recomputes from what it holds. The hash
 * covers content and attachments; the other fields are compared too, so a receipt with an
 * edited time or company is named as such.
 */
export function verifyReceipt(receipt: Receipt, recomputed: Receipt): ReceiptVerification {
  const fields = (['entryId', 'revision', 'companyId', 'submittedAt'] as const).filter((field) => receipt[field] !== recomputed[field]);
  if (receipt.hash.toLowerCase() !== recomputed.hash) return { valid: false, code: 'receipt.hash-mismatch', fields: ['hash', ...fields] };
  if (fields.length > 0) return { valid: false, code: 'receipt.field-mismatch', fields };
  return { valid: true };
}
