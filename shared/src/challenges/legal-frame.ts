import type { Localised } from '../common/localised.js';
import type { ChallengeType } from './challenge-type.js';
import { DE_MINIMIS, dkkToEur } from './de-minimis.js';
import { challengeMessages } from './messages.js';

// A municipality may not simply hand money to a firm: business promotion must be broadly
// accessible and give no direct financial support to individual firms (erhvervsfremmeloven § 14
// and the municipal powers rules). Prizes and other benefits therefore need a legal basis.
export const LEGAL_BASES = ['procurement-contract', 'design-contest', 'de-minimis', 'none'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const PRIZE_RECIPIENTS = ['single', 'several', 'all-participants'] as const;
export type PrizeRecipients = (typeof PRIZE_RECIPIENTS)[number];

export interface Prize {
  /** What each recipient receives, in Danish kroner. */
  amountDkk: number;
  recipients: PrizeRecipients;
}

export interface LegalFrameInput {
  type: ChallengeType;
  prizes: readonly Prize[];
  /** Benefits other than money for individual firms: a paid pilot, free services, and the like. */
  benefitsToIndividualFirms: boolean;
  legalBasis: LegalBasis;
  /** The entry form asks every participant to declare earlier de minimis aid. */
  deMinimisDeclarationsRequired: boolean;
}

export type LegalFrameCode =
  | 'legal.market-dialogue-no-prizes'
  | 'legal.prize-amount-invalid'
  | 'legal.direct-support-refused'
  | 'legal.basis-required'
  | 'legal.de-minimis-declarations-required'
  | 'legal.de-minimis-ceiling-exceeded';

export type LegalFrameResult = { ok: true } | { ok: false; code: LegalFrameCode; explanation: Localised };

function refuse(code: LegalFrameCode): LegalFrameResult {
  return { ok: false, code, explanation: challengeMessages[code] };
}

export function checkLegalFrame(input: LegalFrameInput): LegalFrameResult {
  if (input.prizes.some((prize) => !Number.isFinite(prize.amountDkk) || prize.amountDkk < 0)) {
    return refuse('legal.prize-amount-invalid');
  }
  const paidPrizes = input.prizes.filter((prize) => prize.amountDkk > 0);
  const offersBenefits = paidPrizes.length > 0 || input.benefitsToIndividualFirms;
  // A market dialogue must give no participant an advantage (udbudsloven §§ 39–40).
  if (input.type === 'market-dialogue' && offersBenefits) return refuse('legal.market-dialogue-no-prizes');
  if (offersBenefits && input.legalBasis === 'none') {
    const toSingleFirm = paidPrizes.some((prize) => prize.recipients === 'single');
    return refuse(toSingleFirm ? 'legal.direct-support-refused' : 'legal.basis-required');
  }
  if (input.legalBasis === 'de-minimis' && offersBenefits) {
    if (!input.deMinimisDeclarationsRequired) return refuse('legal.de-minimis-declarations-required');
    // Even a firm with no earlier aid cannot receive more than the ceiling.
    if (paidPrizes.some((prize) => dkkToEur(prize.amountDkk) > DE_MINIMIS.ceilingEur)) {
      return refuse('legal.de-minimis-ceiling-exceeded');
    }
  }
  return { ok: true };
}
