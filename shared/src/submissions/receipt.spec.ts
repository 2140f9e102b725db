import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../common/canonical-json.js';
import { sha256Hex } from '../common/sha256.js';
import { buildReceipt, computeReceiptHash, receiptPayload, receiptSchema, verifyReceipt, type ReceiptInput } from './receipt.js';

const hashA = sha256Hex('attachment a');
const hashB = sha256Hex('attachment b');
const input: ReceiptInput = {
  entryId: 'e-1',
  revision: 2,
  companyId: 'c-9',
  submittedAt: '2026-04-01T09:59:59.999Z',
  content: { solution: { title: 'Høringsassistent', trl: 6 } },
  attachments: [
    { id: 'b', fileName: 'b.pdf', sha256: hashB, size: 20 },
    { id: 'a', fileName: 'a.pdf', sha256: hashA, size: 10 },
  ],
};

describe('receiptPayload and computeReceiptHash', () => {
  it('hash the canonical JSON of content and attachment hashes sorted by id', () => {
    const payload = receiptPayload(input);
    expect(payload.attachments).toEqual([
      { id: 'a', sha256: hashA },
      { id: 'b', sha256: hashB },
    ]);
    expect(computeReceiptHash(payload)).toBe(sha256Hex(canonicalJson(payload)));
  });
  it('give the same hash whatever the order of attachments or content keys', () => {
    const shuffled = {
      ...input,
      content: { solution: { trl: 6, title: 'Høringsassistent' } },
      attachments: input.attachments.toReversed(),
    };
    expect(computeReceiptHash(receiptPayload(shuffled))).toBe(computeReceiptHash(receiptPayload(input)));
  });
  it('give a different hash when one byte of content, one attachment or the time differs', () => {
    const base = computeReceiptHash(receiptPayload(input));
    const variants: ReceiptInput[] = [
      { ...input, content: { solution: { title: 'Høringsassistent!', trl: 6 } } },
      { ...input, attachments: [input.attachments[0]!, { ...input.attachments[1]!, sha256: sha256Hex('other') }] },
      { ...input, attachments: [input.attachments[0]!] },
      { ...input, submittedAt: '2026-04-01T09:59:59.998Z' },
      { ...input, revision: 3 },
    ];
    for (const variant of variants) expect(computeReceiptHash(receiptPayload(variant))).not.toBe(base);
  });
  it('accept a Date for the commit time and keep its milliseconds', () => {
    expect(receiptPayload({ ...input, submittedAt: new Date(Date.UTC(2026, 3, 1, 9, 59, 59, 999)) }).submittedAt).toBe('2026-04-01T09:59:59.999Z');
  });
  it('refuse a time without milliseconds or a malformed attachment hash', () => {
    expect(() => receiptPayload({ ...input, submittedAt: '2026-04-01T09:59:59Z' })).toThrow(RangeError);
    expect(() => receiptPayload({ ...input, attachments: [{ id: 'a', fileName: 'a', sha256: 'ABC', size: 1 }] })).toThrow(RangeError);
  });
});

describe('buildReceipt', () => {
  it('produces a receipt that matches its own schema', () => {
    const receipt = buildReceipt(input);
    expect(receiptSchema.parse(receipt)).toEqual(receipt);
    expect(receipt.attachments.map((attachment) => attachment.fileName)).toEqual(['a.pdf', 'b.pdf']);
  });
});

describe('verifyReceipt', () => {
  const receipt = buildReceipt(input);
  it('confirms a receipt that matches what the platform holds', () => {
    expect(verifyReceipt(receipt, buildReceipt(input))).toEqual({ valid: true });
  });
  it('rejects a receipt when the stored content no longer matches its hash', () => {
    const tampered = buildReceipt({ ...input, content: { solution: { title: 'Changed', trl: 6 } } });
    expect(verifyReceipt(receipt, tampered)).toEqual({ valid: false, code: 'receipt.hash-mismatch', fields: ['hash'] });
  });
  it('names the fields of a receipt whose details were edited', () => {
    const edited = { ...receipt, submittedAt: '2026-04-01T09:00:00.000Z' };
    expect(verifyReceipt(edited, buildReceipt(input))).toEqual({ valid: false, code: 'receipt.field-mismatch', fields: ['submittedAt'] });
  });
});
