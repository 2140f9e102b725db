import { createHash } from 'node:crypto';
import { canonicalJson } from '@fairpitch/shared/common';

// Node's SHA-256 rather than the portable one in shared: the whole chain is recomputed on every
// verification and every export, and this is twice as fast. Same digest either way.
const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hashCanonical = (value: unknown) => sha256Hex(canonicalJson(value));

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
  /** 1 (or absent): the whole canonical row hashed; 2: content hash linked at commit. */
  hashVersion?: number;
}

export type AuditContent = Pick<ChainedFields, 'occurredAt' | 'action' | 'actorId' | 'subjectType' | 'subjectId' | 'data'>;

/** An event's content as it is hashed and exported: what happened, without its place in the chain. */
export function auditContent(event: AuditContent) {
  return {
    occurredAt: event.occurredAt.toISOString(),
    action: event.action,
    actorId: event.actorId,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    data: event.data,
  };
}

/** SHA-256 of an event's canonical content, without its place in the chain. */
export function auditContentHash(event: AuditContent): string {
  return hashCanonical(auditContent(event));
}

/** Version 2: the link PostgreSQL computes at commit, "<seq>:<prev_hash>:<content_hash>" hashed. */
export function auditLinkHash(seq: string, prevHash: string, contentHash: string): string {
  return sha256Hex(`${seq}:${prevHash}:${contentHash}`);
}

/** Each row's hash covers its own content and the previous row's hash, so editing, removing or
 *  reordering any row breaks every hash after it. */
export function auditRowHash(row: ChainedFields): string {
  if (row.hashVersion === 2) return auditLinkHash(row.seq, row.prevHash, auditContentHash(row));
  return hashCanonical({ seq: row.seq, ...auditContent(row), prevHash: row.prevHash });
}
