import { compareCodePoints } from '../compare.js';
import type { CompanySnapshot, SnapshotWithoutReviews } from '../snapshot.js';
import { buyerPartyId, companyIdentifier, companyPartyId } from './company-identifier.js';
import type { OcdsOrganizationReference, OcdsParty } from './ocds-types.js';

export interface OcdsPartyIndex {
  buyer: OcdsOrganizationReference;
  /** Reference of each company's party, by company id. */
  byCompanyId: ReadonlyMap<string, OcdsOrganizationReference>;
}

export function buildPartyIndex(snapshot: SnapshotWithoutReviews): OcdsPartyIndex {
  const byCompanyId = new Map<string, OcdsOrganizationReference>();
  for (const { company } of snapshot.entries) {
    if (!byCompanyId.has(company.id)) byCompanyId.set(company.id, { id: companyPartyId(company), name: company.name });
  }
  return { buyer: { id: buyerPartyId(snapshot.buyer), name: snapshot.buyer.name }, byCompanyId };
}

function buyerParty(snapshot: SnapshotWithoutReviews, ref: OcdsOrganizationReference): OcdsParty {
  const { buyer } = snapshot;
  const contact = buyer.contactPoint;
  return {
    id: ref.id,
    name: buyer.name,
    identifier: { scheme: 'DK-CVR', id: buyer.cvr, legalName: buyer.name },
    address: { ...buyer.address },
    contactPoint: {
      name: contact.name,
      ...(contact.email ? { email: contact.email } : {}),
      ...(contact.telephone ? { telephone: contact.telephone } : {}),
      ...(contact.url ? { url: contact.url } : {}),
    },
    roles: ['buyer', 'procuringEntity'],
  };
}

function companyParty(company: CompanySnapshot, ref: OcdsOrganizationReference, supplier: boolean): OcdsParty {
  const identifier = companyIdentifier(company);
  return {
    id: ref.id,
    name: company.name,
    ...(identifier ? { identifier } : {}),
    address: { country: company.country },
    roles: supplier ? ['tenderer', 'supplier'] : ['tenderer'],
    details: { scale: company.sizeClass },
  };
}

/**
 * The buyer (also the procuring entity), then every company that submitted an entry, sorted by
 * party id. Companies are only named once the challenge is decided: `withTenderers` is false
 * for a DRAFT. Contact persons of companies are never published.
 */
export function buildParties(snapshot: SnapshotWithoutReviews, index: OcdsPartyIndex, withTenderers: boolean): OcdsParty[] {
  const parties = [buyerParty(snapshot, index.buyer)];
  if (!withTenderers) return parties;
  const awardedEntryIds = new Set(snapshot.awards.flatMap((award) => award.entryIds));
  const supplierPartyIds = new Set(
    snapshot.entries.filter((e) => awardedEntryIds.has(e.id)).map((e) => index.byCompanyId.get(e.company.id)?.id),
  );
  const seen = new Set<string>([index.buyer.id]);
  const companies: OcdsParty[] = [];
  for (const { company } of snapshot.entries) {
    const ref = index.byCompanyId.get(company.id);
    if (!ref || seen.has(ref.id)) continue;
    seen.add(ref.id);
    companies.push(companyParty(company, ref, supplierPartyIds.has(ref.id)));
  }
  return [...parties, ...companies.toSorted((a, b) => compareCodePoints(a.id, b.id))];
}
