import { compareCodePoints } from '../compare.js';
import type { CompanySnapshot, SnapshotWithoutReviews } from '../snapshot.js';
import { buyerPartyId, companyIdentifier, companyPartyId } from './company-identifier.js';
import type { OcdsLongList } from './ocds-long-lists.js';
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

/** The buyer (also the procuring entity), which comes first in the release's parties. */
export function buyerParty(snapshot: SnapshotWithoutReviews, ref: OcdsOrganizationReference): OcdsParty {
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
 * Every company that submitted an entry as a party, sorted by party id (a company is listed
 * once, under the first entry that named it). Contact persons of companies are never published.
 */
export function companyParties(snapshot: SnapshotWithoutReviews, index: OcdsPartyIndex): OcdsLongList<OcdsParty> {
  const awardedEntryIds = new Set(snapshot.awards.flatMap((award) => award.entryIds));
  const supplierPartyIds = new Set(
    snapshot.entries.filter((e) => awardedEntryIds.has(e.id)).map((e) => index.byCompanyId.get(e.company.id)?.id),
  );
  const seen = new Set<string>([index.buyer.id]);
  const companies: Array<{ company: CompanySnapshot; ref: OcdsOrganizationReference }> = [];
  for (const { company } of snapshot.entries) {
    const ref = index.byCompanyId.get(company.id);
    if (!ref || seen.has(ref.id)) continue;
    seen.add(ref.id);
    companies.push({ company, ref });
  }
  companies.sort((a, b) => compareCodePoints(a.ref.id, b.ref.id));
  return {
    length: companies.length,
    slice: (start, end) => companies.slice(start, end).map(({ company, ref }) => companyParty(company, ref, supplierPartyIds.has(ref.id))),
  };
}
