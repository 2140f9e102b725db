import type { Locale } from '../../common/localised.js';
import { exportTimestamp, isDecided, type SnapshotWithoutReviews } from '../snapshot.js';
import { compactUtcTimestamp, toUtcTimestamp } from '../utc-timestamp.js';
import { OCDS_BIDS_EXTENSION_URL, OCDS_VERSION, OCID_PREFIX_PATTERN, type OcdsReleaseTag } from './ocds-constants.js';
import { buildAwards } from './ocds-awards.js';
import { bidDetails, buildBidStatistics } from './ocds-bids.js';
import { arrayList, type OcdsListSlot, type OcdsParts, withListsFilledIn } from './ocds-long-lists.js';
import { buildPartyIndex, buyerParty, companyParties } from './ocds-parties.js';
import { buildTender } from './ocds-tender.js';
import type { OcdsRelease, OcdsReleasePackage } from './ocds-types.js';

export interface OcdsExportOptions {
  /** The publisher's registered ocid prefix, e.g. "ocds-213czf". */
  ocidPrefix: string;
  /** A stable address of this package (the same for every export of the challenge). */
  packageUri: string;
  /** Defaults to the buyer's name. */
  publisherName?: string;
  /** Language of the generated texts; also the release's `language`. Default Danish. */
  language?: Locale;
}

export function buildOcid(ocidPrefix: string, challengeId: string): string {
  if (!OCID_PREFIX_PATTERN.test(ocidPrefix)) {
    throw new RangeError(`ocid prefix must look like "ocds-" and six lower-case letters or digits, got ${JSON.stringify(ocidPrefix)}`);
  }
  if (challengeId.trim() === '') throw new RangeError('challenge id is empty');
  return `${ocidPrefix}-${challengeId}`;
}

function releaseTag(snapshot: SnapshotWithoutReviews): OcdsReleaseTag {
  if (isDecided(snapshot)) return 'award';
  const { status } = snapshot.challenge;
  return status === 'cancelled' || status === 'archived' ? 'tenderCancellation' : 'tender';
}

/**
 * One OCDS 1.1 release (with the bids extension) describing the challenge as it stands: after
 * the decision an `award` release naming tenderers, bids and awards; before it a `tender` release
 * with counts only, because participants are not named before the jury has decided (anonymity
 * in design contests, confidentiality of bids). All dates are UTC and the release's date is the
 * decision time, so the same decision always gives the same release.
 */
export function buildOcdsReleaseParts(snapshot: SnapshotWithoutReviews, options: OcdsExportOptions): OcdsParts<OcdsRelease> {
  const language = options.language ?? 'da';
  const ocid = buildOcid(options.ocidPrefix, snapshot.challenge.id);
  const date = toUtcTimestamp(exportTimestamp(snapshot));
  const tag = releaseTag(snapshot);
  const decided = isDecided(snapshot);
  const parties = buildPartyIndex(snapshot);
  const awards = decided ? buildAwards(snapshot, parties) : [];
  const lists: OcdsListSlot[] = [];
  const partyList: unknown[] = [buyerParty(snapshot, parties.buyer)];
  if (decided) lists.push({ kind: 'parties', pointer: '/parties', target: partyList, list: companyParties(snapshot, parties) });
  const tender = buildTender(snapshot, parties, language);
  if (tender.tenderers) {
    const tenderers = tender.tenderers;
    tender.tenderers = [];
    lists.push({ kind: 'tenderers', pointer: '/tender/tenderers', target: tender.tenderers, list: arrayList(tenderers) });
  }
  const details: unknown[] = [];
  if (decided) lists.push({ kind: 'bidDetails', pointer: '/bids/details', target: details, list: bidDetails(snapshot, parties) });
  const release: OcdsRelease = {
    ocid,
    id: `${ocid}-${tag}-${compactUtcTimestamp(date)}`,
    date,
    tag: [tag],
    initiationType: 'tender',
    language,
    parties: partyList as OcdsRelease['parties'],
    buyer: parties.buyer,
    tender,
    bids: {
      statistics: buildBidStatistics(snapshot),
      ...(decided ? { details: details as NonNullable<OcdsRelease['bids']['details']> } : {}),
    },
    ...(awards.length > 0 ? { awards } : {}),
  };
  return { document: release, lists };
}

export function buildOcdsRelease(snapshot: SnapshotWithoutReviews, options: OcdsExportOptions): OcdsRelease {
  return withListsFilledIn(buildOcdsReleaseParts(snapshot, options));
}

/** The release package around the release, its long lists still to be filled in (see OcdsParts). */
export function buildOcdsReleasePackageParts(snapshot: SnapshotWithoutReviews, options: OcdsExportOptions): OcdsParts<OcdsReleasePackage> {
  const release = buildOcdsReleaseParts(snapshot, options);
  return {
    document: {
      uri: options.packageUri,
      version: OCDS_VERSION,
      publishedDate: release.document.date,
      publisher: { name: options.publisherName ?? snapshot.buyer.name, scheme: 'DK-CVR', uid: snapshot.buyer.cvr },
      extensions: [OCDS_BIDS_EXTENSION_URL],
      releases: [release.document],
    },
    lists: release.lists.map((slot) => ({ ...slot, pointer: `/releases/0${slot.pointer}` })),
  };
}

export function buildOcdsReleasePackage(snapshot: SnapshotWithoutReviews, options: OcdsExportOptions): OcdsReleasePackage {
  return withListsFilledIn(buildOcdsReleasePackageParts(snapshot, options));
}

/**
 * The file's bytes as text: two-space indentation and a final newline. Key order is the order in
 * which the builders above write the fields, which is fixed, so equal input gives equal bytes.
 */
export function serialiseOcdsReleasePackage(releasePackage: OcdsReleasePackage): string {
  return `${JSON.stringify(releasePackage, null, 2)}\n`;
}
