import { describe, expect, it } from 'vitest';
import { ARCHIVE_LAYOUT } from '@fairpitch/shared/exports';
import { GENESIS_HASH, auditRowHash } from '../audit/audit-chain.js';
import type { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditExtractScan, buildAuditExtract, serialiseAuditLog, serialiseChainVerification, verifyAuditExtractInArchive } from './audit-extract.js';

function chain(actions: { action: string; data?: Record<string, unknown> }[]): AuditEvent[] {
  let prevHash = GENESIS_HASH;
  return actions.map(({ action, data = {} }, i) => {
    const event = { seq: String(i + 1), occurredAt: new Date(Date.UTC(2030, 0, 1, 0, 0, i)), action, actorId: null, subjectType: 'challenge', subjectId: 'c', data, prevHash, hash: '', hashVersion: 1 };
    event.hash = auditRowHash(event);
    prevHash = event.hash;
    return event;
  });
}

const events = chain([
  { action: 'challenge.published' },
  { action: 'entries.opened' },
  { action: 'challenge.status_changed', data: { to: 'decided' } },
  { action: 'jury.decision_finalised' },
  { action: 'jury.award_granted' },
  { action: 'challenge.status_changed', data: { to: 'archived' } },
]);

function archiveOf(extract: ReturnType<typeof buildAuditExtract>): Map<string, Uint8Array> {
  const encode = (text: string) => new TextEncoder().encode(text);
  return new Map([
    [ARCHIVE_LAYOUT.auditLog, encode(serialiseAuditLog(extract.rows))],
    [ARCHIVE_LAYOUT.auditChainVerification, encode(serialiseChainVerification(extract.chain))],
  ]);
}

describe('the audit extract of a decided export', () => {
  it('ends with the decision and what judging recorded with it, in chain order', () => {
    const extract = buildAuditExtract(events.toReversed(), '2030-01-01T00:00:02Z', { ok: true, rows: 6 });
    expect(extract.rows.map((r) => r.seq)).toEqual(['1', '2', '3', '4', '5']);
    expect(extract.chain).toMatchObject({ verified: true, rows: 5, throughSeq: '5', headHash: events[4]!.hash, brokenAt: null });
  });

  it('stays verified when the chain breaks only after the extract, and says where it broke inside', () => {
    const after = buildAuditExtract(events, '2030-01-01T00:00:02Z', { ok: false, rows: 5, brokenAt: { seq: '6', reason: 'hash-mismatch' } });
    expect(after.chain).toMatchObject({ verified: true, brokenAt: null });
    const inside = buildAuditExtract(events, '2030-01-01T00:00:02Z', { ok: false, rows: 1, brokenAt: { seq: '2', reason: 'hash-mismatch' } });
    expect(inside.chain).toMatchObject({ verified: false, brokenAt: '2' });
    expect(verifyAuditExtractInArchive(archiveOf(inside))).toMatchObject({ valid: false, reason: expect.stringMatching(/broken at row 2/) });
  });

  it('verifies an intact extract and names a row whose content was changed', () => {
    const extract = buildAuditExtract(events, '2030-01-01T00:00:02Z', { ok: true, rows: 6 });
    expect(verifyAuditExtractInArchive(archiveOf(extract))).toEqual({ valid: true });
    const forged = { ...extract, rows: extract.rows.map((r) => (r.seq === '4' ? { ...r, data: { winners: ['someone else'] } } : r)) };
    expect(verifyAuditExtractInArchive(archiveOf(forged))).toEqual({ valid: false, reason: 'audit row 4 does not match its hash' });
  });

  it('notices a row removed from the extract', () => {
    const extract = buildAuditExtract(events, '2030-01-01T00:00:02Z', { ok: true, rows: 6 });
    const shortened = { ...extract, rows: extract.rows.filter((r) => r.seq !== '3') };
    expect(verifyAuditExtractInArchive(archiveOf(shortened)).valid).toBe(false);
  });
});

describe('the audit extract read in two passes', () => {
  it('counts events by type up to the decision while reading them once', () => {
    const scan = new AuditExtractScan('2030-01-01T00:00:02Z');
    for (const event of events) scan.add(event);
    expect(Object.fromEntries(scan.eventCounts())).toEqual({ 'challenge.published': 1, 'entries.opened': 1, 'challenge.status_changed': 1, 'jury.decision_finalised': 1, 'jury.award_granted': 1 });
    expect(events.filter((e) => scan.includes(e)).map((e) => e.seq)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('ends at the decision time when no event records the decision', () => {
    const plain = chain([{ action: 'challenge.published' }, { action: 'entries.opened' }, { action: 'entry.withdrawn' }, { action: 'export.completed' }]);
    const scan = new AuditExtractScan('2030-01-01T00:00:01Z');
    for (const event of plain) scan.add(event);
    expect(plain.filter((e) => scan.includes(e)).map((e) => e.seq)).toEqual(['1', '2']);
    expect(scan.chain({ ok: true, rows: 4 })).toMatchObject({ rows: 2, throughSeq: '2', headHash: plain[1]!.hash });
  });

  it('leaves out events recorded after the first read, so a draft extract still matches its verification', () => {
    const scan = new AuditExtractScan(null);
    for (const event of events.slice(0, 4)) scan.add(event);
    expect(events.filter((e) => scan.includes(e)).map((e) => e.seq)).toEqual(['1', '2', '3', '4']);
    expect(scan.chain({ ok: true, rows: 6 })).toMatchObject({ rows: 4, throughSeq: '4' });
  });

  it('refuses events out of chain order', () => {
    const scan = new AuditExtractScan(null);
    scan.add(events[1]!);
    expect(() => scan.add(events[0]!)).toThrow(/order/);
  });
});
