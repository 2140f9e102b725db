import type { ArchiveFiles, AuditSummarySnapshot, CheckResult } from '@fairpitch/shared/exports';
import { ARCHIVE_LAYOUT } from '@fairpitch/shared/exports';
import { GENESIS_HASH, auditRowHash } from '../audit/audit-chain.js';
import type { AuditEvent } from '../audit/audit-event.entity.js';
import type { ChainVerification } from '../audit/audit.service.js';

// The audit-log extract of an archive: the events about the challenge and its entries, in chain
// order, up to the decision (so later events, exports included, never change a decided export),
// plus what the verification of the whole chain said about them.

export interface AuditExtractRow {
  seq: string;
  occurredAt: string;
  action: string;
  actorId: string | null;
  subjectType: string;
  subjectId: string | null;
  data: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface ChainVerificationRecord {
  verified: boolean;
  /** How: the whole chain was recomputed from its first row when the export was made. */
  method: 'chain-recomputed-from-genesis';
  /** Number of rows in the extract. */
  rows: number;
  /** Last sequence number of the extract; the chain was verified through it. */
  throughSeq: string | null;
  /** Hash of the extract's last row. */
  headHash: string;
  /** Sequence number of the first row that failed, when it lies within the extract. */
  brokenAt: string | null;
}

export interface AuditExtract {
  rows: AuditExtractRow[];
  chain: ChainVerificationRecord;
}

function toRow(event: AuditEvent): AuditExtractRow {
  return {
    seq: event.seq,
    occurredAt: event.occurredAt.toISOString(),
    action: event.action,
    actorId: event.actorId,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    data: event.data,
    prevHash: event.prevHash,
    hash: event.hash,
  };
}

/**
 * Where a decided export's extract ends: the last event of the decision itself, i.e. the status
 * change to decided and what judging records with it (the finalised decision, the award).
 */
export function isDecisionEvent(event: Pick<AuditEvent, 'action' | 'data'>): boolean {
  return (event.action === 'challenge.status_changed' && event.data.to === 'decided') || /^jury\.(decision|award)/.test(event.action);
}

function decisionCutoff(events: readonly AuditEvent[], decidedAt: string | null): (event: AuditEvent) => boolean {
  if (decidedAt === null) return () => true;
  const decision = events.filter(isDecisionEvent).at(-1);
  if (decision) return (event) => BigInt(event.seq) <= BigInt(decision.seq);
  const at = Date.parse(decidedAt);
  return (event) => event.occurredAt.getTime() <= at;
}

/** Builds the extract from the events of each subject (any order) and the whole-chain check. */
export function buildAuditExtract(events: readonly AuditEvent[], decidedAt: string | null, verification: ChainVerification): AuditExtract {
  const unique = [...new Map(events.map((e) => [e.seq, e])).values()].sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
  const rows = unique.filter(decisionCutoff(unique, decidedAt)).map(toRow);
  const last = rows.at(-1);
  const brokenSeq = verification.ok ? null : verification.brokenAt.seq;
  // A break after the extract's last row does not touch the rows it holds.
  const brokenWithin = brokenSeq !== null && (last === undefined || BigInt(brokenSeq) <= BigInt(last.seq));
  return {
    rows,
    chain: {
      verified: !brokenWithin,
      method: 'chain-recomputed-from-genesis',
      rows: rows.length,
      throughSeq: last?.seq ?? null,
      headHash: last?.hash ?? GENESIS_HASH,
      brokenAt: brokenWithin ? brokenSeq : null,
    },
  };
}

export function auditSummary(extract: AuditExtract): AuditSummarySnapshot {
  const counts = new Map<string, number>();
  for (const row of extract.rows) counts.set(row.action, (counts.get(row.action) ?? 0) + 1);
  return {
    eventCounts: [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([event, count]) => ({ event, count })),
    chain: {
      verified: extract.chain.verified,
      entries: extract.chain.rows,
      headHash: extract.chain.headHash,
      brokenAt: extract.chain.brokenAt === null ? null : Number(extract.chain.brokenAt),
    },
  };
}

/** audit-log.jsonl: one row per line, keys in a fixed order. */
export function serialiseAuditLog(rows: readonly AuditExtractRow[]): string {
  return rows
    .map((r) =>
      JSON.stringify({
        seq: r.seq,
        occurredAt: r.occurredAt,
        action: r.action,
        actorId: r.actorId,
        subjectType: r.subjectType,
        subjectId: r.subjectId,
        data: r.data,
        prevHash: r.prevHash,
        hash: r.hash,
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}

export function serialiseChainVerification(chain: ChainVerificationRecord): string {
  const { verified, method, rows, throughSeq, headHash, brokenAt } = chain;
  return `${JSON.stringify({ verified, method, rows, throughSeq, headHash, brokenAt }, null, 2)}\n`;
}

/**
 * Checks an archive's audit extract: every row's hash recomputed from its content, rows in chain
 * order, neighbouring rows linked, and the recorded verification matching the rows.
 */
export function verifyAuditExtractInArchive(files: ArchiveFiles): CheckResult {
  const log = files.get(ARCHIVE_LAYOUT.auditLog);
  const record = files.get(ARCHIVE_LAYOUT.auditChainVerification);
  if (!log || !record) return { valid: false, reason: 'the audit extract or its chain verification is missing' };
  let rows: AuditExtractRow[];
  let chain: ChainVerificationRecord;
  try {
    const text = new TextDecoder().decode(log);
    rows = text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as AuditExtractRow);
    chain = JSON.parse(new TextDecoder().decode(record)) as ChainVerificationRecord;
  } catch {
    return { valid: false, reason: 'the audit extract is not JSON' };
  }
  let previous: AuditExtractRow | undefined;
  for (const row of rows) {
    const recomputed = auditRowHash({ ...row, occurredAt: new Date(row.occurredAt) });
    if (recomputed !== row.hash) return { valid: false, reason: `audit row ${row.seq} does not match its hash` };
    if (previous) {
      if (BigInt(row.seq) <= BigInt(previous.seq)) return { valid: false, reason: `audit row ${row.seq} is out of order` };
      if (BigInt(row.seq) === BigInt(previous.seq) + 1n && row.prevHash !== previous.hash) {
        return { valid: false, reason: `audit row ${row.seq} is not linked to row ${previous.seq}` };
      }
    }
    previous = row;
  }
  if (chain.rows !== rows.length || chain.headHash !== (previous?.hash ?? GENESIS_HASH) || chain.throughSeq !== (previous?.seq ?? null)) {
    return { valid: false, reason: 'the recorded chain verification does not match the extract' };
  }
  if (!chain.verified) return { valid: false, reason: `the audit chain was broken at row ${chain.brokenAt ?? '?'} when the export was made` };
  return { valid: true };
}
