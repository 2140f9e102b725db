import type { Locale, Localised } from '../../common/localised.js';
import { byInstantThenId, compareCodePoints } from '../compare.js';
import { isDecided, type ChallengeStatus, type ChallengeType, type SnapshotWithoutReviews, type PhaseKind } from '../snapshot.js';
import { toUtcTimestamp } from '../utc-timestamp.js';
import { awardCriteriaCode, awardCriteriaDetails } from './award-criteria.js';
import type { OcdsTenderStatus } from './ocds-constants.js';
import type { OcdsPartyIndex } from './ocds-parties.js';
import type { OcdsAmendment, OcdsDocument, OcdsOrganizationReference, OcdsPeriod, OcdsTender } from './ocds-types.js';

const challengeTypeNames: Record<ChallengeType, Localised> = {
  challenge: { da: 'Udfordring', en: 'Challenge' },
  hackathon: { da: 'Hackathon', en: 'Hackathon' },
  'market-dialogue': { da: 'Markedsdialog', en: 'Market dialogue' },
};

const evaluationMethodTitle: Localised = { da: 'Offentliggjort evalueringsmetode', en: 'Published evaluation method' };

/** tenderStatus for a lifecycle state; a decision without any award is an unsuccessful process. */
export function ocdsTenderStatus(snapshot: SnapshotWithoutReviews): OcdsTenderStatus {
  if (isDecided(snapshot)) return snapshot.awards.length > 0 ? 'complete' : 'unsuccessful';
  const byState: Record<ChallengeStatus, OcdsTenderStatus> = {
    draft: 'planning',
    published: 'active',
    'submission-open': 'active',
    'submission-closed': 'complete',
    evaluation: 'complete',
    // Only reached with no decision time recorded; treated as still being evaluated.
    decided: 'complete',
    // Archived without a decision means it was cancelled first.
    archived: 'cancelled',
    cancelled: 'cancelled',
  };
  return byState[snapshot.challenge.status];
}

function period(snapshot: SnapshotWithoutReviews, kind: PhaseKind): OcdsPeriod | undefined {
  const phase = snapshot.challenge.phases.find((p) => p.kind === kind);
  return phase ? { startDate: toUtcTimestamp(phase.startsAt), endDate: toUtcTimestamp(phase.endsAt) } : undefined;
}

function awardPeriod(snapshot: SnapshotWithoutReviews): OcdsPeriod | undefined {
  const planned = period(snapshot, 'decision');
  const { decidedAt } = snapshot.challenge;
  if (!isDecided(snapshot) || decidedAt === null) return planned;
  return { ...(planned?.startDate ? { startDate: planned.startDate } : {}), endDate: toUtcTimestamp(decidedAt) };
}

function documents(snapshot: SnapshotWithoutReviews, locale: Locale): OcdsDocument[] {
  const { method, documents: published } = snapshot.challenge;
  const listed: OcdsDocument[] = [...published]
    .toSorted(byInstantThenId((d) => d.publishedAt, (d) => d.id))
    .map((d) => ({
      id: d.id,
      documentType: d.kind,
      title: d.title,
      ...(d.url ? { url: d.url } : {}),
      datePublished: toUtcTimestamp(d.publishedAt),
    }));
  const methodDocument: OcdsDocument = {
    id: 'evaluation-method',
    documentType: 'evaluationCriteria',
    title: evaluationMethodTitle[locale],
    description: `SHA-256: ${method.hash}`,
    datePublished: toUtcTimestamp(method.publishedAt),
  };
  return [...listed, methodDocument];
}

function amendments(snapshot: SnapshotWithoutReviews): OcdsAmendment[] {
  return [...snapshot.challenge.amendments]
    .toSorted(byInstantThenId((a) => a.publishedAt, (a) => a.id))
    .map((a) => ({
      id: a.id,
      date: toUtcTimestamp(a.publishedAt),
      description: a.summary,
      ...(a.rationale ? { rationale: a.rationale } : {}),
    }));
}

/** The references of every company that submitted an entry, once each, sorted by party id. */
function tendererReferences(snapshot: SnapshotWithoutReviews, parties: OcdsPartyIndex): OcdsOrganizationReference[] {
  const tendererRefs = new Map<string, OcdsOrganizationReference>();
  for (const { company } of snapshot.entries) {
    const ref = parties.byCompanyId.get(company.id);
    if (ref) tendererRefs.set(ref.id, ref);
  }
  return [...tendererRefs.values()].sort((a, b) => compareCodePoints(a.id, b.id));
}

/** The challenge as an OCDS tender. Tenderers are only named once the challenge is decided. */
export function buildTender(snapshot: SnapshotWithoutReviews, parties: OcdsPartyIndex, locale: Locale): OcdsTender {
  const { challenge } = snapshot;
  const tenderers = tendererReferences(snapshot, parties);
  const tenderPeriod = period(snapshot, 'submission');
  const enquiryPeriod = period(snapshot, 'enquiry');
  const award = awardPeriod(snapshot);
  const amended = amendments(snapshot);
  return {
    id: challenge.id,
    title: challenge.title,
    description: challenge.description,
    status: ocdsTenderStatus(snapshot),
    procuringEntity: parties.buyer,
    procurementMethod: challenge.procurementMethod,
    procurementMethodDetails: `${challengeTypeNames[challenge.type][locale]}. ${challenge.legalBasis[locale]}`,
    mainProcurementCategory: challenge.mainProcurementCategory,
    awardCriteria: awardCriteriaCode(challenge.method),
    awardCriteriaDetails: awardCriteriaDetails(challenge.method, locale),
    ...(tenderPeriod ? { tenderPeriod } : {}),
    ...(enquiryPeriod ? { enquiryPeriod } : {}),
    hasEnquiries: challenge.questions.length > 0,
    ...(award ? { awardPeriod: award } : {}),
    numberOfTenderers: tenderers.length,
    ...(isDecided(snapshot) ? { tenderers } : {}),
    documents: documents(snapshot, locale),
    ...(amended.length > 0 ? { amendments: amended } : {}),
  };
}
