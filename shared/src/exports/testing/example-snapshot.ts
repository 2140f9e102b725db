import { sha256Hex } from '../../common/sha256.js';
import type {
  CompanySnapshot,
  DecidedChallengeSnapshot,
  EntrySnapshot,
  JurorSnapshot,
  ReviewSnapshot,
} from '../snapshot.js';

// A realistic decided challenge for tests of the exports (here and in the api and worker):
// five entries, one of them disqualified and one withdrawn, two foreign EU companies, a tie for
// second place, a declared conflict of interest and one award.

const DECIDED_AT = '2026-11-20T10:00:00Z';

function entryId(n: number): string {
  return `5f0c1e2a-0000-4000-8000-00000000000${n}`;
}

const companies: Record<string, CompanySnapshot> = {
  klimadata: {
    id: 'c-klimadata',
    name: 'Klimadata ApS',
    country: 'DK',
    cvr: '38124560',
    registrationNumber: null,
    registrationScheme: null,
    sizeClass: 'small',
    contactPerson: { name: 'Mette Holm', email: 'mette@klimadata.example' },
  },
  nordisk: {
    id: 'c-nordisk',
    name: 'Nordisk Mobilitet AB',
    country: 'SE',
    cvr: null,
    registrationNumber: '5566778899',
    registrationScheme: null,
    sizeClass: 'medium',
    contactPerson: { name: 'Erik Lind', email: 'erik@nordisk.example' },
  },
  byens: {
    id: 'c-byens',
    name: 'Byens Software A/S',
    country: 'DK',
    cvr: '26719038',
    registrationNumber: null,
    registrationScheme: null,
    sizeClass: 'large',
    contactPerson: null,
  },
  stadtwerk: {
    id: 'c-stadtwerk',
    name: 'Stadtwerk Digital GmbH',
    country: 'DE',
    cvr: null,
    registrationNumber: 'HRB 123456',
    registrationScheme: 'DE-CR',
    sizeClass: 'small',
    contactPerson: { name: 'Jonas Weber', email: 'jonas@stadtwerk.example' },
  },
  hackers: {
    id: 'c-hackers',
    name: '"Kode & Kaffe" I/S',
    country: 'DK',
    cvr: '12345674',
    registrationNumber: null,
    registrationScheme: null,
    sizeClass: 'micro',
    contactPerson: { name: 'Sofie Nørgaard', email: 'sofie@kodeogkaffe.example' },
  },
};

function entry(
  n: number,
  company: CompanySnapshot,
  submittedAt: string,
  status: EntrySnapshot['status'],
  statusReason: string | null,
  price: number | null,
): EntrySnapshot {
  return {
    id: entryId(n),
    label: `Entry ${n}`,
    company,
    submittedAt,
    receiptHash: sha256Hex(`receipt:${entryId(n)}`),
    status,
    statusReason,
    price: price === null ? null : { amount: price, currency: 'DKK' },
    screening: {
      areas: [
        { area: 'security', label: { da: 'Sikkerhed', en: 'Security' }, score: status === 'withdrawn' ? null : 4, max: 5 },
        { area: 'data-protection', label: { da: 'Databeskyttelse', en: 'Data protection' }, score: status === 'withdrawn' ? null : 3, max: 5 },
      ],
      findings:
        n === 3
          ? [
              {
                area: 'data-protection',
                ruleId: 'gdpr.transfer.third-country',
                severity: 'high',
                title: { da: 'Overførsel til tredjeland uden SCC', en: 'Transfer to a third country without SCCs' },
                location: 'bilag-2.pdf, side 4',
              },
              {
                area: 'security',
                ruleId: 'security.pentest.age',
                severity: 'low',
                title: { da: 'Penetrationstest ældre end 12 måneder', en: 'Penetration test older than 12 months' },
                location: null,
              },
            ]
          : n === 4
            ? [
                {
                  area: 'security',
                  ruleId: 'security.txt.missing',
                  severity: 'medium',
                  title: { da: 'security.txt mangler', en: 'security.txt is missing' },
                  location: 'https://stadtwerk.example/.well-known/security.txt',
                },
              ]
            : [],
    },
  };
}

const jurorA: JurorSnapshot = { label: 'Juror A', name: null };
const jurorB: JurorSnapshot = { label: 'Juror B', name: null };
const jurorC: JurorSnapshot = { label: 'Juror C', name: null };

const consensusScores: Record<number, [number, number, number, number]> = {
  1: [4.5, 4, 4, 5],
  2: [4, 3.5, 4.5, 4],
  3: [4, 4, 4, 4],
};
const criterionIds = ['solution', 'climate', 'sovereignty', 'price'] as const;

function review(n: number, juror: JurorSnapshot | null, submittedAt: string, delta: number): ReviewSnapshot {
  const scores = consensusScores[n] ?? [0, 0, 0, 0];
  return {
    entryId: entryId(n),
    kind: juror === null ? 'consensus' : 'individual',
    juror,
    submittedAt,
    scores: criterionIds.map((criterionId, i) => ({
      criterionId,
      score: Math.min(5, Math.max(0, (scores[i] ?? 0) + (i === 0 ? delta : 0))),
      justification:
        juror === null
          ? `Konsensus efter drøftelse; "${criterionId}" vurderet samlet.`
          : `${juror.label}: begrundelse for ${criterionId}, bidrag ${n}.`,
    })),
  };
}

export function exampleDecidedSnapshot(): DecidedChallengeSnapshot {
  return {
    schemaVersion: 1,
    asOf: '2026-11-27T09:00:00Z',
    challenge: {
      id: 'ch-2026-klima',
      title: 'Klimadata for kommunens bygninger',
      description: 'Løsninger der samler og viser energiforbrug og CO₂ for kommunens 400 bygninger.',
      department: 'Teknik og Miljø',
      type: 'challenge',
      legalBasis: {
        da: 'Udbudsloven § 2 og §§ 160 og 165; offentlig udbud af tjenesteydelser',
        en: 'Danish Public Procurement Act § 2 and §§ 160 and 165; open procedure for services',
      },
      status: 'decided',
      decidedAt: DECIDED_AT,
      procurementMethod: 'open',
      mainProcurementCategory: 'services',
      method: {
        publishedAt: '2026-08-24T08:00:00Z',
        hash: sha256Hex('published evaluation method of ch-2026-klima'),
        summary: {
          da: 'Bedste forhold mellem pris og kvalitet; skala 0–5 i halve point.',
          en: 'Best price-quality ratio; scale 0–5 in half points.',
        },
        scale: { min: 0, max: 5, step: 0.5 },
        criteria: [
          { id: 'solution', name: { da: 'Løsningens kvalitet', en: 'Quality of the solution' }, weight: 40, kind: 'quality', threshold: 3 },
          { id: 'climate', name: { da: 'Klimaaftryk', en: 'Climate footprint' }, weight: 15, kind: 'quality', threshold: null },
          { id: 'sovereignty', name: { da: 'Åbne standarder og exit', en: 'Open standards and exit' }, weight: 15, kind: 'quality', threshold: null },
          { id: 'price', name: { da: 'Pris', en: 'Price' }, weight: 30, kind: 'price', threshold: null },
        ],
        overallThreshold: 2.5,
      },
      phases: [
        { kind: 'enquiry', startsAt: '2026-08-24T08:00:00Z', endsAt: '2026-09-14T10:00:00Z' },
        { kind: 'submission', startsAt: '2026-08-24T08:00:00Z', endsAt: '2026-10-01T10:00:00Z' },
        { kind: 'screening', startsAt: '2026-10-01T10:00:00Z', endsAt: '2026-10-08T10:00:00Z' },
        { kind: 'judging', startsAt: '2026-10-08T10:00:00Z', endsAt: '2026-11-06T15:00:00Z' },
        { kind: 'decision', startsAt: '2026-11-06T15:00:00Z', endsAt: DECIDED_AT },
      ],
      amendments: [
        {
          id: 'amendment-1',
          publishedAt: '2026-09-02T12:00:00Z',
          summary: 'Fristen for spørgsmål er forlænget til 14. september.',
          rationale: 'Mange spørgsmål om dataadgang; alle får samme ekstra tid.',
        },
      ],
      questions: [
        {
          id: 'q-1',
          askedAt: '2026-08-30T09:12:00Z',
          question: 'Må løsningen hostes uden for EU?',
          answer: 'Kun med et overførselsgrundlag efter GDPR kapitel V; se bilag 3.',
          answeredAt: '2026-09-01T08:00:00Z',
        },
        {
          id: 'q-2',
          askedAt: '2026-09-10T14:40:00Z',
          question: 'Is an English-language solution acceptable; "yes", or only Danish?',
          answer: null,
          answeredAt: null,
        },
      ],
      documents: [
        {
          id: 'doc-notice',
          kind: 'tenderNotice',
          title: 'Udbudsbekendtgørelse',
          url: 'https://fjordby.example/udbud/klimadata/bekendtgoerelse.pdf',
          publishedAt: '2026-08-24T08:00:00Z',
        },
      ],
      leadsToPurchase: true,
      currency: 'DKK',
    },
    buyer: {
      name: 'Fjordby Kommune',
      cvr: '29189919',
      address: { streetAddress: 'Rådhuspladsen 1', postalCode: '8000', locality: 'Fjordby', country: 'DK' },
      contactPoint: { name: 'Indkøb og Udbud', email: 'udbud@fjordby.example', telephone: '+45 89 40 20 00', url: null },
    },
    entries: [
      entry(1, companies.klimadata!, '2026-09-28T13:05:00Z', 'valid', null, 450000),
      entry(2, companies.nordisk!, '2026-09-30T21:47:12Z', 'valid', null, 520000),
      entry(3, companies.byens!, '2026-10-01T09:59:58Z', 'valid', null, 500000),
      entry(4, companies.stadtwerk!, '2026-09-29T11:00:00Z', 'disqualified', 'Tro- og loveerklæring mangler (udelukkelsesgrunde ikke dokumenteret).', 380000.5),
      entry(5, companies.hackers!, '2026-09-25T16:30:00Z', 'withdrawn', 'Trukket tilbage af virksomheden 3. oktober.', null),
    ],
    ranking: [
      { entryId: entryId(1), rank: 1, tied: false, total: 4.5, byCriterion: { solution: 4.5, climate: 4, sovereignty: 4, price: 5 }, belowThreshold: false },
      { entryId: entryId(2), rank: 2, tied: true, total: 4, byCriterion: { solution: 4, climate: 3.5, sovereignty: 4.5, price: 4 }, belowThreshold: false },
      { entryId: entryId(3), rank: 2, tied: true, total: 4, byCriterion: { solution: 4, climate: 4, sovereignty: 4, price: 4 }, belowThreshold: false },
    ],
    reviews: [
      review(1, jurorA, '2026-10-20T09:00:00Z', 0),
      review(1, jurorB, '2026-10-21T10:00:00Z', 0.5),
      review(1, jurorC, '2026-10-22T11:00:00Z', -0.5),
      review(2, jurorA, '2026-10-20T09:30:00Z', 0),
      review(2, jurorB, '2026-10-21T10:30:00Z', -0.5),
      review(2, jurorC, '2026-10-22T11:30:00Z', 0.5),
      review(3, jurorA, '2026-10-20T10:00:00Z', 0.5),
      review(3, jurorC, '2026-10-22T12:00:00Z', -0.5),
      review(1, null, '2026-11-03T14:00:00Z', 0),
      review(2, null, '2026-11-03T14:30:00Z', 0),
      review(3, null, '2026-11-03T15:00:00Z', 0),
    ],
    conflicts: [
      {
        juror: jurorB,
        entryId: entryId(3),
        declaredAt: '2026-10-09T08:15:00Z',
        description: 'Ansat hos Byens Software A/S 2019–2022.',
        handling: 'recused',
        handledAt: '2026-10-09T12:00:00Z',
      },
    ],
    awards: [
      {
        id: 'award-1',
        entryIds: [entryId(1)],
        date: DECIDED_AT,
        value: { amount: 450000, currency: 'DKK' },
        title: 'Kontrakt om klimadataplatform',
        standstillEndsAt: '2026-11-30T23:59:59Z',
      },
    ],
    audit: {
      eventCounts: [
        { event: 'challenge.published', count: 1 },
        { event: 'entry.submitted', count: 5 },
        { event: 'entry.withdrawn', count: 1 },
        { event: 'screening.completed', count: 4 },
        { event: 'conflict.declared', count: 1 },
        { event: 'review.submitted', count: 11 },
        { event: 'challenge.decided', count: 1 },
      ],
      chain: { verified: true, entries: 24, headHash: sha256Hex('audit head of ch-2026-klima'), brokenAt: null },
    },
  };
}

/** The same challenge while the jury is still at work: no decision and no award yet. */
export function exampleUndecidedSnapshot(): DecidedChallengeSnapshot {
  const snapshot = exampleDecidedSnapshot();
  return {
    ...snapshot,
    challenge: { ...snapshot.challenge, status: 'evaluation', decidedAt: null },
    awards: [],
  };
}

export const EXAMPLE_ENTRY_IDS = [1, 2, 3, 4, 5].map(entryId);
