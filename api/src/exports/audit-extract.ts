import type { AuditSummarySnapshot, CheckResult, KeptFiles } from '@fairpitch/shared/exports';
import { ARCHIVE_LAYOUT } from '@fairpitch/shared/exports';
import { GENESIS_HASH, auditContent, auditRowHash } from '../audit/audit-chain.js';
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
  /** How the hash was computed; absent in archives made before version 2 existed (version 1). */
  hashVersion?: number;
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

/** What the extract needs of an event. */
export type AuditExtractEvent = Pick<AuditEvent, 'seq' | 'occurredAt' | 'action' | 'actorId' | 'subjectType' | 'subjectId' | 'data' | 'prevHash' | 'hash'> & { hashVersion?: number };

export function toAuditExtractRow(event: AuditExtractEvent): AuditExtractRow {
  return {
    seq: event.seq,
    ...auditContent(event),
    prevHash: event.prevHash,
    hash: event.hash,
    hashVersion: event.hashVersion ?? 1,
  };
}

/**
 * Where a decided export's extract ends: the last event of the decision itself, i.e. the status
 * change to decided and what judging records with it (the finalised decision, the award).
 */
export function isDecisionEvent(event: Pick<AuditEvent, 'action' | 'data'>): boolean {
  return (event.action === 'challenge.status_changed' && event.data.to === 'decided') || /^jury\.(decision|award)/.test(event.action);
}

interface ScanState {
  rows: number;
  last: { seq: string; hash: string } | null;
  counts: Map<string, number>;
}

const emptyState = (): ScanState => ({ rows: 0, last: null, counts: new Map() });

function count(state: ScanState, event: Pick<AuditEvent, 'seq' | 'hash' | 'action'>): void {
  state.rows += 1;
  state.last = { seq: event.seq, hash: event.hash };
  state.counts.set(event.action, (state.counts.get(event.action) ?? 0) + 1);
}

/**
 * Works out an extract from the subjects' events read once in chain order, holding none of
 * them: where it ends (a decided export ends with the decision; without a decision event, with
 * the last event up to the decision time; an undecided one takes everything read), how many rows
 * it has, its head and its events by type. `includes` then picks its rows out of a second read.
 */
export class AuditExtractScan {
  private readonly all = emptyState();
  private readonly upToDecisionTime = emptyState();
  private atDecision: ScanState | null = null;
  private readonly decidedAtMs: number | null;
  private lastSeq: bigint | null = null;

  constructor(decidedAt: string | null) {
    this.decidedAtMs = decidedAt === null ? null : Date.parse(decidedAt);
  }

  /** The next event; events must come in chain order. */
  add(event: Pick<AuditEvent, 'seq' | 'occurredAt' | 'action' | 'data' | 'hash'>): void {
    const seq = BigInt(event.seq);
    if (this.lastSeq !== null && seq <= this.lastSeq) throw new Error(`audit events out of chain order at ${event.seq}`);
    this.lastSeq = seq;
    count(this.all, event);
    if (this.decidedAtMs !== null && event.occurredAt.getTime() <= this.decidedAtMs) count(this.upToDecisionTime, event);
    if (this.decidedAtMs !== null && isDecisionEvent(event)) this.atDecision = { ...this.all, counts: new Map(this.all.counts) };
  }

  private get state(): ScanState {
    if (this.decidedAtMs === null) return this.all;
    return this.atDecision ?? this.upToDecisionTime;
  }

  /** Whether an event (from a later read of the same events) belongs to the extract. */
  includes(event: Pick<AuditEvent, 'seq' | 'occurredAt'>): boolean {
    const seq = BigInt(event.seq);
    // Events recorded after the scan never join it, so the extract matches its verification.
    if (this.lastSeq === null || seq > this.lastSeq) return false;
    if (this.decidedAtMs === null) return true;
    if (this.atDecision) return seq <= BigInt(this.atDecision.last!.seq);
    return event.occurredAt.getTime() <= this.decidedAtMs;
  }

  /** Number of events per type in the extract. */
  eventCounts(): ReadonlyMap<string, number> {
    return this.state.counts;
  }

  /** The record of the extract and of what verifying the whole chain said about its rows. */
  chain(verification: ChainVerification): ChainVerificationRecord {
    const { rows, last } = this.state;
    const brokenSeq = verification.ok ? null : verification.brokenAt.seq;
    // A break after the extract's last row does not touch the rows it holds.
    const brokenWithin = brokenSeq !== null && (last === null || BigInt(brokenSeq) <= BigInt(last.seq));
    return {
      verified: !brokenWithin,
      method: 'chain-recomputed-from-genesis',
      rows,
      throughSeq: last?.seq ?? null,
      headHash: last?.hash ?? GENESIS_HASH,
      brokenAt: brokenWithin ? brokenSeq : null,
    };
  }
}

/** Builds the extract from the events of each subject (any order) and the whole-chain check. */
export function buildAuditExtract(events: readonly AuditExtractEvent[], decidedAt: string | null, verification: ChainVerification): AuditExtract {
  const unique = [...new Map(events.map((e) => [e.seq, e])).values()].sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
  const scan = new AuditExtractScan(decidedAt);
  for (const event of unique) scan.add(event);
  return { rows: unique.filter((e) => scan.includes(e)).map(toAuditExtractRow), chain: scan.chain(verification) };
}

export function auditSummary(chain: ChainVerificationRecord, eventCounts: ReadonlyMap<string, number>): AuditSummarySnapshot {
  return {
    eventCounts: [...eventCounts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([event, count]) => ({ event, count })),
    chain: {
      verified: chain.verified,
      entries: chain.rows,
      headHash: chain.headHash,
      brokenAt: chain.brokenAt === null ? null : Number(chain.brokenAt),
    },
  };
}

/** One line of audit-log.jsonl: keys in a fixed order, then a newline. */
export function serialiseAuditRow(r: AuditExtractRow): string {
  return `${JSON.stringify({
    seq: r.seq,
    occurredAt: r.occurredAt,
    action: r.action,
    actorId: r.actorId,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    data: r.data,
    prevHash: r.prevHash,
    hash: r.hash,
    hashVersion: r.hashVersion ?? 1,
  })}\n`;
}

/** audit-log.jsonl: one row per line, keys in a fixed order. */
export function serialiseAuditLog(rows: readonly AuditExtractRow[]): string {
  return rows.map(serialiseAuditRow).join('');
}

export function serialiseChainVerification(chain: ChainVerificationRecord): string {
  const { verified, method, rows, throughSeq, headHash, brokenAt } = chain;
  return `${JSON.stringify({ verified, method, rows, throughSeq, headHash, brokenAt }, null, 2)}\n`;
}

/**
 * Checks an archive's audit extract: every row's hash recomputed from its content, rows in chain
 * order, neighbouring rows linked, and the recorded verification matching the rows.
 */
export function verifyAuditExtractInArchive(kept: KeptFiles): CheckResult {
  const log = kept.get(ARCHIVE_LAYOUT.auditLog);
  const record = kept.get(ARCHIVE_LAYOUT.auditChainVerification);
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
