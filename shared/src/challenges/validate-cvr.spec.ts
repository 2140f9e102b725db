import { describe, expect, it } from 'vitest';
import { checkCvr, isValidCvr, normaliseCvr } from './validate-cvr.js';

describe('checkCvr', () => {
  it('accepts real CVR numbers whose weighted sum is divisible by 11', () => {
    // Aarhus Kommune and Novo Nordisk A/S, from the public register.
    expect(checkCvr('55133018')).toEqual({ ok: true, cvr: '55133018' });
    expect(isValidCvr('24256790')).toBe(true);
  });
  it('accepts the number written with spaces or a DK prefix and returns it normalised', () => {
    expect(checkCvr('DK 55 13 30 18')).toEqual({ ok: true, cvr: '55133018' });
    expect(normaliseCvr(' dk24256790 ')).toBe('24256790');
  });
  it('rejects a number with a wrong check digit', () => {
    expect(checkCvr('55133019')).toEqual({ ok: false, code: 'cvr.checksum' });
    expect(checkCvr('24256791')).toEqual({ ok: false, code: 'cvr.checksum' });
  });
  it('rejects anything that is not exactly eight digits', () => {
    for (const bad of ['', '5513301', '551330180', '5513301A', '55-133018']) {
      expect(checkCvr(bad)).toEqual({ ok: false, code: 'cvr.format' });
    }
  });
  it('rejects a number starting with 0 even when its checksum is right', () => {
    // 9·2 + 4·1 = 22, divisible by 11, but the register never issues a leading zero.
    expect(checkCvr('00000094')).toEqual({ ok: false, code: 'cvr.leading-zero' });
  });
});
