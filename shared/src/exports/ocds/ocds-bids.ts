import { byInstantThenId } from '../compare.js';
import { isDecided, type SnapshotWithoutReviews, type EntrySnapshot } from '../snapshot.js';
import { toUtcTimestamp } from '../utc-timestamp.js';
import type { OcdsStatisticMeasure } from './ocds-constants.js';
import type { OcdsLongList } from './ocds-long-lists.js';
import type { OcdsPartyIndex } from './ocds-parties.js';
import type { OcdsBid, OcdsStatistic } from './ocds-types.js';

function bid(entry: EntrySnapshot, parties: OcdsPartyIndex, rank: number | undefined): OcdsBid {
  const tenderer = parties.byCompanyId.get(entry.company.id);
  return {
    id: entry.id,
    date: toUtcTimestamp(entry.submittedAt),
    status: entry.status,
    submissionType: 'bid',
    tenderers: tenderer ? [tenderer] : [],
    ...(entry.price ? { value: { amount: entry.price.amount, currency: entry.price.currency } } : {}),
    ...(rank === undefined ? {} : { hasRank: true, rank }),
  };
}

/** One bid per entry, in submission order; ranked entries carry their rank (tied entries share it). */
export function bidDetails(snapshot: SnapshotWithoutReviews, parties: OcdsPartyIndex): OcdsLongList<OcdsBid> {
  const ranks = new Map(snapshot.ranking.map((row) => [row.entryId, row.rank]));
  const entries = snapshot.entries.toSorted(byInstantThenId((e) => e.submittedAt, (e) => e.id));
  return {
    length: entries.length,
    slice: (start, end) => entries.slice(start, end).map((entry) => bid(entry, parties, entry.status === 'valid' ? ranks.get(entry.id) : undefined)),
  };
}

/**
 * Counts for bids.statistics. `bids` counts every entry received, withdrawn ones included;
 * `smeBids` counts micro, small and medium companies (EU definition); `foreignBids` counts
 * companies registered outside the buyer's country. Bid values are only summarised once decided.
 */
export function buildBidStatistics(snapshot: SnapshotWithoutReviews): OcdsStatistic[] {
  const { entries, buyer, challenge } = snapshot;
  const valid = entries.filter((e) => e.status === 'valid');
  const measures: Array<[OcdsStatisticMeasure, number, string?]> = [
    ['bids', entries.length],
    ['validBids', valid.length],
    ['disqualifiedBids', entries.filter((e) => e.status === 'disqualified').length],
    ['bidders', new Set(entries.map((e) => e.company.id)).size],
    ['smeBids', entries.filter((e) => e.company.sizeClass !== 'large').length],
    ['foreignBids', entries.filter((e) => e.company.country !== buyer.address.country).length],
  ];
  const prices = valid.flatMap((e) => (e.price && e.price.currency === challenge.currency ? [e.price.amount] : []));
  if (isDecided(snapshot) && prices.length > 0) {
    measures.push(['lowestValidBidValue', Math.min(...prices), challenge.currency]);
    measures.push(['highestValidBidValue', Math.max(...prices), challenge.currency]);
  }
  return measures.map(([measure, value, currency], i) => ({
    id: String(i + 1),
    measure,
    value,
    ...(currency ? { currency } : {}),
  }));
}
