import { hashCanonical } from '@fairpitch/shared/common';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  seq: string;
  occurredAt: Date;
  action: string;
  actorId: string | null;
  subjectType: string;
  subjectId: string | null;
  data: Record<string, unknown>;
  prevHash: string;
}

/** Each row's hash covers its own content and the previous row's hash, so editing, removing or
 *  reordering any row breaks every hash after it. */
export function auditRowHash(row: ChainedFields): string {
  return hashCanonical({
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    action: row.action,
    actorId: row.actorId,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    data: row.data,
    prevHash: row.prevHash,
  });
}
