import { byInstantThenId, compareCodePoints, compareInstants } from '../compare.js';
import { exportTimestamp, type AwardSnapshot, type SnapshotWithoutReviews } from '../snapshot.js';
import { toUtcTimestamp } from '../utc-timestamp.js';
import type { OcdsPartyIndex } from './ocds-parties.js';
import type { OcdsAward, OcdsOrganizationReference } from './ocds-types.js';

// Measured at the export's own timestamp (the decision), not the wall clock, so that the same
// decision always exports the same status.
function awardStatus(award: AwardSnapshot, at: string): OcdsAward['status'] {
  return award.standstillEndsAt !== null && compareInstants(award.standstillEndsAt, at) > 0 ? 'pending' : 'active';
}

export function buildAwards(snapshot: SnapshotWithoutReviews, parties: OcdsPartyIndex): OcdsAward[] {
  const companyOf = new Map(snapshot.entries.map((e) => [e.id, e.company.id]));
  const at = exportTimestamp(snapshot);
  return snapshot.awards.toSorted(byInstantThenId((a) => a.date, (a) => a.id)).map((award) => {
    const suppliers = new Map<string, OcdsOrganizationReference>();
    for (const entryId of award.entryIds) {
      const ref = parties.byCompanyId.get(companyOf.get(entryId) ?? '');
      if (ref) suppliers.set(ref.id, ref);
    }
    return {
      id: award.id,
      ...(award.title ? { title: award.title } : {}),
      status: awardStatus(award, at),
      date: toUtcTimestamp(award.date),
      ...(award.value ? { value: { amount: award.value.amount, currency: award.value.currency } } : {}),
      suppliers: [...suppliers.values()].toSorted((a, b) => compareCodePoints(a.id, b.id)),
      relatedBids: award.entryIds.toSorted(compareCodePoints),
    };
  });
}
