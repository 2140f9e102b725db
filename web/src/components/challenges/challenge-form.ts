import type { ChallengeType, LegalBasis, Phase, PrizeRecipients } from '@fairpitch/shared/challenges';
import type { CustomQuestionKind } from '@fairpitch/shared/submissions';
import type { ChallengeDetail } from '../../api/client.js';
import { type MethodForm, type NumberInput, methodFormFrom, methodFromForm } from './method-form.js';

// The organiser's draft as the editor holds it, and the PATCH body made from it. Empty optional
// values are left out rather than sent blank, because a draft is saved in pieces.

export interface ChoiceForm {
  id: string;
  labelDa: string;
  labelEn: string;
}

export interface CustomQuestionForm {
  id: string;
  kind: CustomQuestionKind;
  required: boolean;
  labelDa: string;
  labelEn: string;
  helpDa: string;
  helpEn: string;
  options: ChoiceForm[];
}

export interface PrizeForm {
  amountDkk: NumberInput;
  recipients: PrizeRecipients;
  description: string;
}

export interface ChallengeForm {
  title: string;
  type: ChallengeType;
  language: 'da' | 'en';
  summary: string;
  descriptionMarkdown: string;
  department: string;
  categories: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  outreachPartners: { name: string; url: string }[];
  phases: Phase[];
  /** A market dialogue may go without a method; other types need one. */
  hasMethod: boolean;
  method: MethodForm;
  legalBasis: LegalBasis;
  prizes: PrizeForm[];
  benefitsToIndividualFirms: boolean;
  deMinimisDeclarationsRequired: boolean;
  leadsToPurchase: boolean;
  blindReview: boolean;
  submissionGraceSeconds: NumberInput;
  responsePeriodDays: NumberInput;
  retentionDays: NumberInput;
  customQuestions: CustomQuestionForm[];
}

const CHOICE_KINDS: readonly CustomQuestionKind[] = ['single-choice', 'multiple-choice'];

export function isChoiceKind(kind: CustomQuestionKind): boolean {
  return CHOICE_KINDS.includes(kind);
}

export function challengeFormFrom(detail: ChallengeDetail): ChallengeForm {
  return {
    title: detail.title,
    type: detail.type,
    language: detail.language,
    summary: detail.summary,
    descriptionMarkdown: detail.descriptionMarkdown,
    department: detail.department,
    categories: detail.categories.join(', '),
    contactName: detail.contact?.name ?? '',
    contactEmail: detail.contact?.email ?? '',
    contactPhone: detail.contact?.phone ?? '',
    outreachPartners: detail.outreachPartners.map((p) => ({ ...p })),
    phases: detail.phases.map((p) => ({ kind: p.kind, startsAt: p.startsAt, endsAt: p.endsAt, ...(p.title && { title: p.title }) })),
    hasMethod: detail.evaluationMethod !== null || detail.type !== 'market-dialogue',
    method: methodFormFrom(detail.evaluationMethod),
    legalBasis: detail.legalBasis,
    prizes: detail.prizes.map((p) => ({ amountDkk: p.amountDkk, recipients: p.recipients, description: p.description ?? '' })),
    benefitsToIndividualFirms: detail.benefitsToIndividualFirms,
    deMinimisDeclarationsRequired: detail.deMinimisDeclarationsRequired,
    leadsToPurchase: detail.leadsToPurchase,
    blindReview: detail.blindReview,
    submissionGraceSeconds: detail.submissionGraceSeconds,
    responsePeriodDays: detail.responsePeriodDays ?? '',
    retentionDays: detail.retentionDays ?? '',
    customQuestions: detail.customQuestions.map((q) => ({
      id: q.id,
      kind: q.kind,
      required: q.required,
      labelDa: q.label.da,
      labelEn: q.label.en,
      helpDa: q.help?.da ?? '',
      helpEn: q.help?.en ?? '',
      options: (q.options ?? []).map((o) => ({ id: o.id, labelDa: o.label.da, labelEn: o.label.en })),
    })),
  };
}

const given = (value: NumberInput): number | undefined => (value === '' || Number.isNaN(Number(value)) ? undefined : Number(value));

export function categoriesFrom(text: string): string[] {
  return text
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}

export function customQuestionsFrom(questions: readonly CustomQuestionForm[]): Record<string, unknown>[] {
  return questions.map((q) => ({
    id: q.id.trim(),
    kind: q.kind,
    required: q.required,
    label: { da: q.labelDa, en: q.labelEn },
    ...((q.helpDa.trim() || q.helpEn.trim()) && { help: { da: q.helpDa, en: q.helpEn } }),
    ...(isChoiceKind(q.kind) && { options: q.options.map((o) => ({ id: o.id.trim(), label: { da: o.labelDa, en: o.labelEn } })) }),
  }));
}

/** The PATCH body: every field the editor shows, blanks left out. */
export function challengeUpdateFrom(form: ChallengeForm): Record<string, unknown> {
  const hasContact = form.contactName.trim() || form.contactEmail.trim() || form.contactPhone.trim();
  const grace = given(form.submissionGraceSeconds);
  const response = given(form.responsePeriodDays);
  const retention = given(form.retentionDays);
  return {
    ...(form.title.trim() && { title: form.title }),
    type: form.type,
    language: form.language,
    ...(form.summary.trim() && { summary: form.summary }),
    descriptionMarkdown: form.descriptionMarkdown,
    ...(form.department.trim() && { department: form.department }),
    categories: categoriesFrom(form.categories),
    ...(hasContact && {
      contact: { name: form.contactName, email: form.contactEmail, ...(form.contactPhone.trim() && { phone: form.contactPhone }) },
    }),
    outreachPartners: form.outreachPartners.filter((p) => p.name.trim() || p.url.trim()),
    phases: form.phases,
    ...(form.hasMethod && { evaluationMethod: methodFromForm(form.method) }),
    legalBasis: form.legalBasis,
    prizes: form.prizes.map((p) => ({
      amountDkk: given(p.amountDkk),
      recipients: p.recipients,
      ...(p.description.trim() && { description: p.description }),
    })),
    benefitsToIndividualFirms: form.benefitsToIndividualFirms,
    deMinimisDeclarationsRequired: form.deMinimisDeclarationsRequired,
    leadsToPurchase: form.leadsToPurchase,
    blindReview: form.blindReview,
    ...(grace !== undefined && { submissionGraceSeconds: grace }),
    ...(response !== undefined && { responsePeriodDays: response }),
    ...(retention !== undefined && { retentionDays: retention }),
    customQuestions: customQuestionsFrom(form.customQuestions),
  };
}
