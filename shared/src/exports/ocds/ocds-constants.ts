// The codes the mapping uses, each from an official OCDS codelist (a spec checks them against
// the copies in ./schema), so a typo cannot slip into a published release.

export const OCDS_VERSION = '1.1';

/**
 * The bids extension, declared by the URL of its extension.json. The copy in ./schema is the
 * extension's development version (relatedBids, hasRank, disqualifiedBids, smeBids came after the
 * v1.1.5 tag), so the URL names that branch.
 */
export const OCDS_BIDS_EXTENSION_URL =
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/master/extension.json';

/** OCDS ocid prefixes are `ocds-` and six lower-case letters or digits, registered with the OCP. */
export const OCID_PREFIX_PATTERN = /^ocds-[a-z0-9]{6}$/;

export type OcdsReleaseTag = 'tender' | 'award' | 'tenderCancellation';
export type OcdsTenderStatus = 'planning' | 'active' | 'complete' | 'cancelled' | 'unsuccessful';
export type OcdsAwardStatus = 'pending' | 'active';
export type OcdsAwardCriteria = 'priceOnly' | 'costOnly' | 'qualityOnly' | 'ratedCriteria';
export type OcdsPartyRole = 'buyer' | 'procuringEntity' | 'tenderer' | 'supplier';
export type OcdsStatisticMeasure =
  | 'bids'
  | 'validBids'
  | 'disqualifiedBids'
  | 'bidders'
  | 'smeBids'
  | 'foreignBids'
  | 'lowestValidBidValue'
  | 'highestValidBidValue';

/** Where each code comes from, for the spec that checks them against the official codelists. */
export const OCDS_CODES_USED: Readonly<Record<string, readonly string[]>> = {
  'codelists/releaseTag.csv': ['tender', 'award', 'tenderCancellation'],
  'codelists/initiationType.csv': ['tender'],
  'codelists/tenderStatus.csv': ['planning', 'active', 'complete', 'cancelled', 'unsuccessful'],
  'codelists/awardStatus.csv': ['pending', 'active'],
  'codelists/awardCriteria.csv': ['priceOnly', 'costOnly', 'qualityOnly', 'ratedCriteria'],
  'codelists/partyRole.csv': ['buyer', 'procuringEntity', 'tenderer', 'supplier'],
  'codelists/partyScale.csv': ['micro', 'small', 'medium', 'large'],
  'codelists/method.csv': ['open', 'selective', 'limited'],
  'codelists/procurementCategory.csv': ['goods', 'services', 'works'],
  'codelists/documentType.csv': [
    'tenderNotice',
    'biddingDocuments',
    'technicalSpecifications',
    'evaluationCriteria',
    'clarifications',
    'evaluationReports',
  ],
  'bids-extension/codelists/bidStatus.csv': ['valid', 'disqualified', 'withdrawn'],
  'bids-extension/codelists/submissionType.csv': ['bid'],
  'bids-extension/codelists/statistic.csv': [
    'bids',
    'validBids',
    'disqualifiedBids',
    'bidders',
    'smeBids',
    'foreignBids',
    'lowestValidBidValue',
    'highestValidBidValue',
  ],
};
