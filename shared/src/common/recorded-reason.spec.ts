import { describe, expect, it } from 'vitest';
import { RECORDED_REASON, isRecordableReason } from './recorded-reason.js';

describe('isRecordableReason', () => {
  it('takes a reason of five characters or more once trimmed', () => {
    expect(RECORDED_REASON.minLength).toBe(5);
    expect(isRecordableReason('Fejl.')).toBe(true);
    expect(isRecordableReason('  Fejl  ')).toBe(false);
    expect(isRecordableReason('')).toBe(false);
  });
});
