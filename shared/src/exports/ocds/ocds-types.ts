import type { Locale } from '../../common/localised.js';
import type { OcdsAwardCriteria, OcdsAwardStatus, OcdsPartyRole, OcdsReleaseTag, OcdsStatisticMeasure, OcdsTenderStatus } from './ocds-constants.js';
import type { OcdsIdentifier } from './company-identifier.js';

// The subset of OCDS 1.1 (with the bids extension) that Fairpitch publishes. Field names and
// meanings are the standard's; the validator checks the real thing against the official schema.

export interface OcdsValue {
  amount: number;
  currency: string;
}

export interface OcdsPeriod {
  startDate?: string;
  endDate?: string;
}

export interface OcdsOrganizationReference {
  id: string;
  name: string;
}

export interface OcdsAddress {
  streetAddress?: string;
  locality?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface OcdsContactPoint {
  name: string;
  email?: string;
  telephone?: string;
  url?: string;
}

export interface OcdsParty {
  id: string;
  name: string;
  identifier?: OcdsIdentifier;
  address?: OcdsAddress;
  contactPoint?: OcdsContactPoint;
  roles: OcdsPartyRole[];
  details?: { scale: 'micro' | 'small' | 'medium' | 'large' };
}

export interface OcdsDocument {
  id: string;
  documentType: string;
  title: string;
  description?: string;
  url?: string;
  datePublished: string;
}

export interface OcdsAmendment {
  id: string;
  date: string;
  description: string;
  rationale?: string;
}

export interface OcdsTender {
  id: string;
  title: string;
  description: string;
  status: OcdsTenderStatus;
  procuringEntity: OcdsOrganizationReference;
  procurementMethod: 'open' | 'selective' | 'limited';
  procurementMethodDetails: string;
  mainProcurementCategory: 'goods' | 'services' | 'works';
  awardCriteria: OcdsAwardCriteria;
  awardCriteriaDetails: string;
  tenderPeriod?: OcdsPeriod;
  enquiryPeriod?: OcdsPeriod;
  hasEnquiries: boolean;
  awardPeriod?: OcdsPeriod;
  numberOfTenderers: number;
  tenderers?: OcdsOrganizationReference[];
  documents: OcdsDocument[];
  amendments?: OcdsAmendment[];
}

export interface OcdsBid {
  id: string;
  date: string;
  status: 'valid' | 'disqualified' | 'withdrawn';
  submissionType: 'bid';
  tenderers: OcdsOrganizationReference[];
  value?: OcdsValue;
  hasRank?: boolean;
  rank?: number;
}

export interface OcdsStatistic {
  id: string;
  measure: OcdsStatisticMeasure;
  value: number;
  currency?: string;
}

export interface OcdsAward {
  id: string;
  title?: string;
  status: OcdsAwardStatus;
  date: string;
  value?: OcdsValue;
  suppliers: OcdsOrganizationReference[];
  relatedBids: string[];
}

export interface OcdsRelease {
  ocid: string;
  id: string;
  date: string;
  tag: OcdsReleaseTag[];
  initiationType: 'tender';
  language: Locale;
  parties: OcdsParty[];
  buyer: OcdsOrganizationReference;
  tender: OcdsTender;
  bids: { statistics: OcdsStatistic[]; details?: OcdsBid[] };
  awards?: OcdsAward[];
}

export interface OcdsReleasePackage {
  uri: string;
  version: string;
  publishedDate: string;
  publisher: { name: string; scheme: string; uid: string };
  extensions: string[];
  releases: OcdsRelease[];
}
