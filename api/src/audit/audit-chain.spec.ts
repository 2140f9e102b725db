import { describe, expect, it } from 'vitest';
import { hashCanonical, sha256Hex } from '@fairpitch/shared/common';
import { GENESIS_HASH, auditContentHash, auditLinkHash, auditRowHash } from './audit-chain.js';

const row = {
  seq: '42',
  occurredAt: new Date('2031-05-06T07:08:09.010Z'),
  action: 'entry.submitted',
  actorId: null,
  subjectType: 'entry',
  subjectId: 'e-1',
  data: { revision: 2, note: 'Æblegrød 😀' },
  prevHash: GENESIS_HASH,
};

describe('audit chain hashes', () => {
  it('version 1 hashes the whole canonical row, as the portable SHA-256 in shared does', () => {
    const { seq, occurredAt, action, actorId, subjectType, subjectId, data, prevHash } = row;
    expect(auditRowHash(row)).toBe(hashCanonical({ seq, occurredAt: occurredAt.toISOString(), action, actorId, subjectType, subjectId, data, prevHash }));
  });

  it('version 2 links "<seq>:<prev>:<content>", the string the database trigger hashes', () => {
    const content = auditContentHash(row);
    expect(auditRowHash({ ...row, hashVersion: 2 })).toBe(sha256Hex(`42:${GENESIS_HASH}:${content}`));
    expect(auditLinkHash('42', GENESIS_HASH, content)).toBe(auditRowHash({ ...row, hashVersion: 2 }));
    expect(auditRowHash({ ...row, hashVersion: 2, data: { revision: 3, note: 'Æblegrød 😀' } })).not.toBe(auditRowHash({ ...row, hashVersion: 2 }));
  });
});
