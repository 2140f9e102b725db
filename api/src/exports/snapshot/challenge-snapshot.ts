import type { AppConfig } from '../../config/app-config.js';
import type { EvaluationMethod, LegalBasis } from '@fairpitch/shared/challenges';
import type { Localised } from '@fairpitch/shared/common';
import type {
  AmendmentSnapshot,
  BuyerSnapshot,
  ChallengeSnapshot,
  CriterionSnapshot,
  PhaseKind,
  PhaseSnapshot,
  PublishedMethodSnapshot,
  QuestionSnapshot,
} from '@fairpitch/shared/exports';
import { SCREENING_AREAS, type ScreeningArea } from '@fairpitch/shared/screening';

// Maps the challenge as the challenges area shows it (its detail view) to the export snapshot.
// Pure: the service loads, these functions translate.

/** The challenge detail fields the snapshot needs (a subset of ChallengesService.detail). */
export interface ChallengeDetailView {
  id: string;
  title: string;
  summary: string;
  descriptionMarkdown: string;
  department: string;
  type: ChallengeSnapshot['type'];
  status: ChallengeSnapshot['status'];
  legalBasis: LegalBasis;
  leadsToPurchase: boolean;
  publishedAt: string | null;
  decidedAt: string | null;
  retentionDays: number | null;
  phases: { kind: string; startsAt: string; endsAt: string }[];
  evaluationMethod: EvaluationMethod | null;
  methodHash: string | null;
  amendments: { number: number; reason: string; changes: Record<string, unknown>; publishedAt: string }[];
  questions: { number: number; question: string; answer: string; answeredAt: string }[];
}

/** Criterion id of the price points in rankings and sheets. */
export const PRICE_CRITERION_ID = 'price';

/** Criterion id of a weighted screening area in rankings and sheets, e.g. `screening-security`. */
export function screeningCriterionId(area: ScreeningArea): string {
  return `screening-${area}`;
}

export const SCREENING_AREA_LABELS: Record<ScreeningArea, Localised> = {
  security: { da: 'Sikkerhed', en: 'Security' },
  'data-protection': { da: 'Databeskyttelse', en: 'Data protection' },
  climate: { da: 'Klima', en: 'Climate' },
  sovereignty: { da: 'Digital handlefrihed', en: 'Digital freedom of action' },
};

const LEGAL_BASIS_TEXT: Record<LegalBasis, Localised> = {
  'procurement-contract': {
    da: 'Udbudsloven §§ 2, 160 og 165: offentlig kontrakt tildelt efter offentliggjorte kriterier',
    en: 'Danish Public Procurement Act §§ 2, 160 and 165: public contract awarded on published criteria',
  },
  'design-contest': {
    da: 'Udbudsloven §§ 84–92 (projektkonkurrence)',
    en: 'Danish Public Procurement Act §§ 84–92 (design contest)',
  },
  'de-minimis': {
    da: 'Erhvervsfremmeloven § 14 og de minimis-forordningen (EU) 2023/2831',
    en: 'Business Promotion Act § 14 and the de minimis Regulation (EU) 2023/2831',
  },
  none: {
    da: 'Ingen særskilt hjemmel: ingen præmier eller fordele til enkelte virksomheder',
    en: 'No specific legal basis: no prizes or benefits for individual firms',
  },
};

const PHASE_KINDS: Partial<Record<string, PhaseKind>> = {
  questions: 'enquiry',
  submission: 'submission',
  screening: 'screening',
  evaluation: 'judging',
  decision: 'decision',
};

const NORMALISATION_TEXT: Record<string, Localised> = {
  raw: { da: 'Bedømmernes point bruges uændret.', en: 'Jurors’ scores are used as given.' },
  'z-score': {
    da: 'Bedømmernes point normaliseres (z-score pr. bedømmer).',
    en: 'Jurors’ scores are normalised (z-score per juror).',
  },
};

const PRICE_MODEL_TEXT: Record<string, Localised> = {
  none: { da: 'Pris indgår ikke som kriterium.', en: 'Price is not a criterion.' },
  absolute: { da: 'Pris vurderes mod en offentliggjort referencepris.', en: 'Price is scored against a published reference price.' },
  'relative-linear': { da: 'Pris vurderes lineært i forhold til laveste pris.', en: 'Price is scored linearly against the lowest price.' },
  'relative-proportional': { da: 'Pris vurderes proportionalt med laveste pris.', en: 'Price is scored in proportion to the lowest price.' },
};

/** The published method with every weight the total uses: criteria, screening areas and price. */
export function methodSnapshot(method: EvaluationMethod, hash: string, publishedAt: string): PublishedMethodSnapshot {
  const criteria: CriterionSnapshot[] = method.criteria.map((c) => ({
    id: c.id,
    name: { da: c.title.da || c.title.en, en: c.title.en || c.title.da },
    weight: c.weight,
    kind: 'quality',
    threshold: c.threshold ?? null,
  }));
  for (const area of SCREENING_AREAS) {
    const weight = method.screeningWeights?.[area];
    if (weight) {
      const label = SCREENING_AREA_LABELS[area];
      criteria.push({ id: screeningCriterionId(area), name: { da: `Screening: ${label.da}`, en: `Screening: ${label.en}` }, weight, kind: 'quality', threshold: null });
    }
  }
  if (method.priceWeight) {
    criteria.push({ id: PRICE_CRITERION_ID, name: { da: 'Pris', en: 'Price' }, weight: method.priceWeight, kind: 'price', threshold: null });
  }
  const price = PRICE_MODEL_TEXT[method.priceModel.kind] ?? PRICE_MODEL_TEXT.none!;
  const normalisation = NORMALISATION_TEXT[method.normalisation] ?? NORMALISATION_TEXT.raw!;
  return {
    publishedAt,
    hash,
    summary: {
      da: `Vægtede kriterier på en skala fra ${method.scale.min} til ${method.scale.max}. ${normalisation.da} ${price.da}`,
      en: `Weighted criteria on a scale from ${method.scale.min} to ${method.scale.max}. ${normalisation.en} ${price.en}`,
    },
    scale: { ...method.scale },
    criteria,
    overallThreshold: method.overallThreshold ?? null,
  };
}

export function phaseSnapshots(phases: ChallengeDetailView['phases']): PhaseSnapshot[] {
  const result: PhaseSnapshot[] = [];
  for (const phase of phases) {
    const kind = PHASE_KINDS[phase.kind];
    if (kind) result.push({ kind, startsAt: phase.startsAt, endsAt: phase.endsAt });
  }
  return result;
}

export function amendmentSnapshots(amendments: ChallengeDetailView['amendments'], locale: 'da' | 'en'): AmendmentSnapshot[] {
  const changed = locale === 'da' ? 'Ændret' : 'Changed';
  return amendments.map((a) => ({
    id: `amendment-${a.number}`,
    publishedAt: a.publishedAt,
    summary: `${changed}: ${Object.keys(a.changes).sort().join(', ') || '–'}`,
    rationale: a.reason || null,
  }));
}

/** Published answers only; never who asked or exactly when (udbudsloven §§ 39–40). */
export function questionSnapshots(questions: ChallengeDetailView['questions']): QuestionSnapshot[] {
  return questions.map((q) => ({ id: `q-${q.number}`, askedAt: q.answeredAt, question: q.question, answer: q.answer, answeredAt: q.answeredAt }));
}

export function challengeSnapshot(detail: ChallengeDetailView, publicUrl: URL, locale: 'da' | 'en'): ChallengeSnapshot {
  if (!detail.evaluationMethod || !detail.methodHash || !detail.publishedAt) {
    throw new Error(`challenge ${detail.id} has no published evaluation method`);
  }
  return {
    id: detail.id,
    title: detail.title,
    description: detail.summary.trim() || detail.descriptionMarkdown,
    department: detail.department.trim() || null,
    type: detail.type,
    legalBasis: LEGAL_BASIS_TEXT[detail.legalBasis],
    status: detail.status,
    decidedAt: detail.decidedAt,
    procurementMethod: 'open',
    mainProcurementCategory: 'services',
    method: methodSnapshot(detail.evaluationMethod, detail.methodHash, detail.publishedAt),
    phases: phaseSnapshots(detail.phases),
    amendments: amendmentSnapshots(detail.amendments, locale),
    questions: questionSnapshots(detail.questions),
    documents: [
      {
        id: 'challenge-page',
        kind: 'tenderNotice',
        title: detail.title,
        url: new URL(`/challenges/${detail.id}`, publicUrl).toString(),
        publishedAt: detail.publishedAt,
      },
    ],
    leadsToPurchase: detail.leadsToPurchase,
    currency: 'DKK',
  };
}

/** The municipality as buyer. Its contact point is the department (a function, never a person). */
export function buyerSnapshot(municipality: AppConfig['municipality'], detail: ChallengeDetailView, publicUrl: URL): BuyerSnapshot {
  return {
    name: municipality.name,
    cvr: municipality.cvr,
    address: { ...municipality.address, country: 'DK' },
    contactPoint: { name: detail.department.trim() || municipality.name, email: null, telephone: null, url: new URL(`/challenges/${detail.id}`, publicUrl).toString() },
  };
}
