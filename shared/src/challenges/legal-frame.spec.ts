import { describe, expect, it } from 'vitest';
import { checkLegalFrame, type LegalFrameInput } from './legal-frame.js';

const base: LegalFrameInput = {
  type: 'challenge',
  prizes: [],
  benefitsToIndividualFirms: false,
  legalBasis: 'none',
  deMinimisDeclarationsRequired: false,
};

describe('checkLegalFrame', () => {
  it('accepts a challenge that gives nothing to individual firms without any legal basis', () => {
    expect(checkLegalFrame(base)).toEqual({ ok: true });
    expect(checkLegalFrame({ ...base, prizes: [{ amountDkk: 0, recipients: 'single' }] })).toEqual({ ok: true });
  });
  it('refuses prize money for a single firm without a legal basis, citing the Business Promotion Act and municipal powers', () => {
    const result = checkLegalFrame({ ...base, prizes: [{ amountDkk: 50_000, recipients: 'single' }] });
    expect(result).toMatchObject({
      ok: false,
      code: 'legal.direct-support-refused',
      explanation: {
        da: expect.stringMatching(/erhvervsfremmelovens § 14.*kommunalfuldmagtsreglerne/is),
        en: expect.stringMatching(/erhvervsfremmeloven § 14.*municipal powers rules/s),
      },
    });
  });
  it('asks for a legal basis when prizes go to several firms or other benefits are offered', () => {
    expect(checkLegalFrame({ ...base, prizes: [{ amountDkk: 10_000, recipients: 'several' }] })).toMatchObject({
      ok: false,
      code: 'legal.basis-required',
    });
    expect(checkLegalFrame({ ...base, benefitsToIndividualFirms: true })).toMatchObject({ ok: false, code: 'legal.basis-required' });
  });
  it('accepts prizes under a procurement contract or a design contest', () => {
    const prizes = [{ amountDkk: 100_000, recipients: 'single' as const }];
    expect(checkLegalFrame({ ...base, prizes, legalBasis: 'procurement-contract' })).toEqual({ ok: true });
    expect(checkLegalFrame({ ...base, type: 'hackathon', prizes, legalBasis: 'design-contest' })).toEqual({ ok: true });
  });
  it('accepts de minimis aid only with the recipients’ declarations of earlier aid', () => {
    const prizes = [{ amountDkk: 25_000, recipients: 'several' as const }];
    const result = checkLegalFrame({ ...base, type: 'hackathon', prizes, legalBasis: 'de-minimis' });
    expect(result).toMatchObject({
      ok: false,
      code: 'legal.de-minimis-declarations-required',
      explanation: { en: expect.stringMatching(/€300,000 per undertaking over 3 years/) },
    });
    expect(checkLegalFrame({ ...base, type: 'hackathon', prizes, legalBasis: 'de-minimis', deMinimisDeclarationsRequired: true })).toEqual({ ok: true });
  });
  it('refuses a de minimis prize larger than the ceiling itself', () => {
    const prizes = [{ amountDkk: 2_300_000, recipients: 'single' as const }];
    expect(checkLegalFrame({ ...base, prizes, legalBasis: 'de-minimis', deMinimisDeclarationsRequired: true })).toMatchObject({
      ok: false,
      code: 'legal.de-minimis-ceiling-exceeded',
    });
  });
  it('never lets a market dialogue award prizes or benefits, whatever its stated basis', () => {
    const prizes = [{ amountDkk: 5_000, recipients: 'all-participants' as const }];
    expect(checkLegalFrame({ ...base, type: 'market-dialogue', prizes, legalBasis: 'procurement-contract' })).toMatchObject({
      ok: false,
      code: 'legal.market-dialogue-no-prizes',
    });
    expect(checkLegalFrame({ ...base, type: 'market-dialogue', benefitsToIndividualFirms: true, legalBasis: 'de-minimis' })).toMatchObject({
      ok: false,
      code: 'legal.market-dialogue-no-prizes',
    });
    expect(checkLegalFrame({ ...base, type: 'market-dialogue' })).toEqual({ ok: true });
  });
  it('refuses negative or non-numeric prize amounts', () => {
    expect(checkLegalFrame({ ...base, prizes: [{ amountDkk: -1, recipients: 'single' }], legalBasis: 'design-contest' })).toMatchObject({
      ok: false,
      code: 'legal.prize-amount-invalid',
    });
    expect(checkLegalFrame({ ...base, prizes: [{ amountDkk: Number.NaN, recipients: 'single' }] })).toMatchObject({ ok: false, code: 'legal.prize-amount-invalid' });
  });
});
