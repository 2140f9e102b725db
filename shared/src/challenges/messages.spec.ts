import { describe, expect, it } from 'vitest';
import type { Localised } from '../common/localised.js';
import { submissionMessages } from '../submissions/messages.js';
import { canPublish } from './can-publish.js';
import type { TransitionCode } from './challenge-lifecycle.js';
import type { CvrCheck } from './validate-cvr.js';
import type { CompanyRegistrationCode } from './validate-company-registration.js';
import type { MethodCode } from './evaluation-method.js';
import { validateEvaluationMethod } from './evaluation-method.js';
import type { LegalFrameCode } from './legal-frame.js';
import { challengeMessage, challengeMessages } from './messages.js';
import type { PhaseCode } from './phases.js';
import type { PriceModelWarning } from './price-model-warnings.js';

type RuleCode =
  | TransitionCode
  | Extract<CvrCheck, { ok: false }>['code']
  | CompanyRegistrationCode
  | MethodCode
  | LegalFrameCode
  | PhaseCode
  | PriceModelWarning['code'];

// Compiles only while every code a rule can return has a message.
const covered: Record<RuleCode, Localised> = challengeMessages;

describe('challengeMessages', () => {
  it('has a Danish and an English text for every code', () => {
    expect(Object.keys(covered).length).toBeGreaterThan(80);
    const faulty = Object.entries(challengeMessages as Record<string, Localised>)
      .filter(([, message]) => message.da.trim() === '' || message.en.trim() === '' || message.da === message.en)
      .map(([code]) => code);
    expect(faulty).toEqual([]);
  });
  it('shares only the generic field codes with the submissions catalogue', () => {
    const shared = Object.keys(challengeMessages).filter((code) => code in submissionMessages);
    expect(shared.every((code) => code.startsWith('field.'))).toBe(true);
  });
  it('has a message for every code that validation of broken input produces', () => {
    const method = validateEvaluationMethod({
      criteria: [{ id: 'a', title: { da: '', en: '' }, weight: 0, threshold: 20 }],
      scale: { min: 0, max: 10, step: 3 },
      tieBreak: ['b', 'b'],
      priceModel: { kind: 'absolute', referencePrice: -1 },
      disagreementThreshold: 2,
    });
    const publish = canPublish({ type: 'challenge', blindReview: false, prizes: [{ amountDkk: 5, recipients: 'single' }] });
    const codes = [...(method.ok ? [] : method.issues), ...publish].map((issue) => issue.code);
    expect(codes.length).toBeGreaterThan(8);
    expect(codes.filter((code) => !(code in challengeMessages || code in submissionMessages))).toEqual([]);
  });
  it('looks up a message in the requested language', () => {
    expect(challengeMessage('cvr.checksum', 'en')).toMatch(/check digit/);
    expect(challengeMessage('cvr.checksum', 'da')).toMatch(/kontrolcifferet/);
  });
});
