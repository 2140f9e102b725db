import { describe, expect, it } from 'vitest';
import { ARCHIVE_LAYOUT } from '@fairpitch/shared/exports';
import { GENESIS_HASH, auditRowHash } from '../audit/audit-chain.js';
import type { AuditEvent } from '../audit/audit-event.entity.js';
import { buildAuditExtract, serialiseAuditLog, serialiseChainVerification, verifyAuditExtractInArchive } from './audit-extract.js';

function chain(actions: { action: string; data?: Record<string, unknown> }[]): AuditEvent[] {
  let prevHash = GENESIS_HASH;
  return actions.map(({ action, data = {} }, i) => {
    const event = { seq: String(i + 1), occurredAt: new Date(Date.UTC(2030, 0, 1, 0, 0, i)), action, actorId: null, subjectType: 'challenge', subjectId: 'c', data, prevHash, hash: '' };
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
