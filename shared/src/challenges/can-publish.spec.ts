import { describe, expect, it } from 'vitest';
import { canPublish, type ChallengeDraft } from './can-publish.js';
import { evaluationMethodShape } from './evaluation-method.js';

const l = (text: string) => ({ da: text, en: text });
const method = evaluationMethodShape.parse({
  criteria: [
    { id: 'value', title: l('Value'), weight: 70 },
    { id: 'feasibility', title: l('Feasibility'), weight: 30 },
  ],
  scale: { min: 0, max: 10, step: 1 },
});
const ready: ChallengeDraft = {
  title: 'AI-støtte til høringer',
  summary: 'Hjælp til at læse tusindvis af høringssvar.',
  descriptionMarkdown: '## Baggrund\n\nKommunen modtager mange høringssvar.',
  department: 'Borgmesterens Afdeling',
  type: 'challenge',
  contact: { name: 'Jens Udbud', email: 'udbud@example.dk' },
  phases: [
    { kind: 'questions', startsAt: '2026-02-01T08:00:00Z', endsAt: '2026-03-01T08:00:00Z' },
    { kind: 'submission', startsAt: '2026-03-01T08:00:00Z', endsAt: '2026-04-01T10:00:00Z' },
  ],
  evaluationMethod: method,
  legalBasis: 'none',
  prizes: [],
  retentionDays: 1095,
};

const codes = (draft: ChallengeDraft, now?: Date) => canPublish(draft, now ? { now } : {}).map((issue) => `${issue.path}:${issue.code}`);

describe('canPublish', () => {
  it('lets a complete draft be published', () => {
    expect(codes(ready, new Date('2026-01-15T00:00:00Z'))).toEqual([]);
  });
  it('lists missing texts, contact and retention period', () => {
    const bare: ChallengeDraft = { type: 'challenge', title: 'x', summary: '  ', evaluationMethod: method, phases: ready.phases ?? [] };
    expect(codes(bare)).toEqual([
      'summary:challenge.text-missing',
      'descriptionMarkdown:challenge.text-missing',
      'department:challenge.text-missing',
      'contact:challenge.text-missing',
      'retentionDays:challenge.retention-missing',
    ]);
  });
  it('reports problems in the phases and a deadline already passed', () => {
    expect(codes({ ...ready, phases: [] })).toEqual(['phases:phases.empty', 'phases:phases.submission-missing']);
    expect(codes(ready, new Date('2026-04-01T10:00:00Z'))).toEqual(['phases:challenge.deadline-passed']);
  });
  it('requires a valid evaluation method, except for a market dialogue', () => {
    const { evaluationMethod: _omitted, ...withoutMethod } = ready;
    expect(codes(withoutMethod)).toEqual(['evaluationMethod:challenge.method-missing']);
    expect(codes({ ...withoutMethod, type: 'market-dialogue' })).toEqual([]);
    const broken = { ...method, criteria: [{ ...method.criteria[0]!, weight: 10 }, method.criteria[1]!] };
    expect(codes({ ...ready, evaluationMethod: broken })).toEqual(['evaluationMethod.weights:method.weights-sum']);
  });
  it('checks mandatory screening rules against the ruleset when it is given', () => {
    const draft = { ...ready, evaluationMethod: { ...method, mandatoryScreeningRules: ['made-up'] } };
    expect(canPublish(draft, { knownScreeningRules: ['security.mfa'] })).toEqual([
      { path: 'evaluationMethod.mandatoryScreeningRules.0', code: 'method.screening-rule-unknown' },
    ]);
  });
  it('requires a price model when the challenge leads to a purchase', () => {
    expect(codes({ ...ready, leadsToPurchase: true })).toEqual(['evaluationMethod.priceModel:challenge.price-model-required']);
  });
  it('refuses a prize for one firm without a legal basis', () => {
    const prize = { ...ready, prizes: [{ amountDkk: 100_000, recipients: 'single' as const }] };
    expect(codes(prize)).toEqual(['legalBasis:legal.direct-support-refused']);
    expect(codes({ ...prize, legalBasis: 'design-contest' })).toEqual([]);
  });
  it('refuses a challenge without blind review and duplicate custom question ids', () => {
    const question = { id: 'site', kind: 'text' as const, required: false, label: l('Site') };
    expect(codes({ ...ready, blindReview: false, customQuestions: [question, question] })).toEqual([
      'blindReview:challenge.blind-review-required',
      'customQuestions.1.id:custom-question.id-duplicate',
    ]);
  });
});
