import { describe, expect, it } from 'vitest';
import type { DecidedChallengeSnapshot } from '../snapshot.js';
import { EXAMPLE_ENTRY_IDS, exampleDecidedSnapshot, exampleUndecidedSnapshot } from '../testing/example-snapshot.js';
import { buildOcdsRelease, buildOcdsReleasePackage, buildOcid, serialiseOcdsReleasePackage } from './build-ocds-release-package.js';
import { OCDS_BIDS_EXTENSION_URL } from './ocds-constants.js';

const options = { ocidPrefix: 'ocds-213czf', packageUri: 'https://fairpitch.fjordby.example/ocds/ch-2026-klima.json' };
const [entry1, entry2, entry3, entry4, entry5] = EXAMPLE_ENTRY_IDS as [string, string, string, string, string];

function reversed(snapshot: DecidedChallengeSnapshot): DecidedChallengeSnapshot {
  return {
    ...snapshot,
    entries: snapshot.entries.toReversed(),
    ranking: snapshot.ranking.toReversed(),
    awards: snapshot.awards.toReversed(),
    challenge: { ...snapshot.challenge, documents: snapshot.challenge.documents.toReversed(), amendments: snapshot.challenge.amendments.toReversed() },
  };
}

describe('buildOcdsReleasePackage', () => {
  it('fills the package fields from the decision and names the bids extension', () => {
    const pkg = buildOcdsReleasePackage(exampleDecidedSnapshot(), options);
    expect(pkg.uri).toBe(options.packageUri);
    expect(pkg.version).toBe('1.1');
    expect(pkg.publishedDate).toBe('2026-11-20T10:00:00Z');
    expect(pkg.publisher).toEqual({ name: 'Fjordby Kommune', scheme: 'DK-CVR', uid: '29189919' });
    expect(pkg.extensions).toEqual([OCDS_BIDS_EXTENSION_URL]);
    expect(pkg.releases).toHaveLength(1);
  });

  it('gives byte-identical output for the same decided challenge, whatever the input order', () => {
    const first = serialiseOcdsReleasePackage(buildOcdsReleasePackage(exampleDecidedSnapshot(), options));
    const second = serialiseOcdsReleasePackage(buildOcdsReleasePackage(exampleDecidedSnapshot(), options));
    const shuffled = serialiseOcdsReleasePackage(buildOcdsReleasePackage(reversed(exampleDecidedSnapshot()), options));
    expect(second).toBe(first);
    expect(shuffled).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
  });

  it('lets the organiser set the publisher name', () => {
    expect(buildOcdsReleasePackage(exampleDecidedSnapshot(), { ...options, publisherName: 'Fjordby Kommune, Indkøb' }).publisher.name).toBe(
      'Fjordby Kommune, Indkøb',
    );
  });
});

describe('buildOcdsRelease for a decided challenge', () => {
  const release = buildOcdsRelease(exampleDecidedSnapshot(), options);

  it('is an award release with the ocid from the configured prefix and the decision as its date', () => {
    expect(release.ocid).toBe('ocds-213czf-ch-2026-klima');
    expect(release.id).toBe('ocds-213czf-ch-2026-klima-award-20261120T100000Z');
    expect(release.date).toBe('2026-11-20T10:00:00Z');
    expect(release.tag).toEqual(['award']);
    expect(release.initiationType).toBe('tender');
    expect(release.language).toBe('da');
  });

  it('lists the municipality as buyer and procuring entity with its CVR number', () => {
    const buyer = release.parties[0]!;
    expect(buyer.roles).toEqual(['buyer', 'procuringEntity']);
    expect(buyer.identifier).toEqual({ scheme: 'DK-CVR', id: '29189919', legalName: 'Fjordby Kommune' });
    expect(release.buyer).toEqual({ id: 'DK-CVR-29189919', name: 'Fjordby Kommune' });
  });

  it('identifies Danish tenderers by CVR and foreign ones by their national register', () => {
    const byName = new Map(release.parties.map((p) => [p.name, p]));
    expect(byName.get('Klimadata ApS')?.identifier?.scheme).toBe('DK-CVR');
    expect(byName.get('Nordisk Mobilitet AB')?.identifier).toEqual({ scheme: 'SE-BLV', id: '5566778899', legalName: 'Nordisk Mobilitet AB' });
    expect(byName.get('Stadtwerk Digital GmbH')?.identifier?.scheme).toBe('DE-CR');
    expect(byName.get('Nordisk Mobilitet AB')?.details).toEqual({ scale: 'medium' });
  });

  it('gives the winner the supplier role as well as tenderer', () => {
    expect(release.parties.find((p) => p.name === 'Klimadata ApS')?.roles).toEqual(['tenderer', 'supplier']);
    expect(release.parties.find((p) => p.name === 'Byens Software A/S')?.roles).toEqual(['tenderer']);
  });

  it('never publishes the contact persons of companies', () => {
    const text = JSON.stringify(release);
    expect(text).not.toContain('Mette Holm');
    expect(text).not.toContain('erik@nordisk.example');
  });

  it('maps the challenge to the tender', () => {
    const { tender } = release;
    expect(tender.status).toBe('complete');
    expect(tender.awardCriteria).toBe('ratedCriteria');
    expect(tender.tenderPeriod).toEqual({ startDate: '2026-08-24T08:00:00Z', endDate: '2026-10-01T10:00:00Z' });
    expect(tender.enquiryPeriod).toEqual({ startDate: '2026-08-24T08:00:00Z', endDate: '2026-09-14T10:00:00Z' });
    expect(tender.awardPeriod?.endDate).toBe('2026-11-20T10:00:00Z');
    expect(tender.numberOfTenderers).toBe(5);
    expect(tender.tenderers).toHaveLength(5);
    expect(tender.hasEnquiries).toBe(true);
    expect(tender.amendments).toEqual([
      {
        id: 'amendment-1',
        date: '2026-09-02T12:00:00Z',
        description: 'Fristen for spørgsmål er forlænget til 14. september.',
        rationale: 'Mange spørgsmål om dataadgang; alle får samme ekstra tid.',
      },
    ]);
    expect(tender.documents.map((d) => d.documentType)).toEqual(['tenderNotice', 'evaluationCriteria']);
  });

  it('lists every entry as a bid with its status, in submission order, tied entries sharing a rank', () => {
    const details = release.bids.details!;
    expect(details.map((b) => b.id)).toEqual([entry5, entry1, entry4, entry2, entry3]);
    const byId = new Map(details.map((b) => [b.id, b]));
    expect(byId.get(entry4)?.status).toBe('disqualified');
    expect(byId.get(entry5)?.status).toBe('withdrawn');
    expect(byId.get(entry1)).toMatchObject({ status: 'valid', hasRank: true, rank: 1, value: { amount: 450000, currency: 'DKK' } });
    expect(byId.get(entry2)?.rank).toBe(2);
    expect(byId.get(entry3)?.rank).toBe(2);
    expect(byId.get(entry4)?.rank).toBeUndefined();
    expect(byId.get(entry5)?.value).toBeUndefined();
  });

  it('counts bids, valid, disqualified, SME and foreign bids', () => {
    const stats = Object.fromEntries(release.bids.statistics.map((s) => [s.measure, s.value]));
    expect(stats).toEqual({
      bids: 5,
      validBids: 3,
      disqualifiedBids: 1,
      bidders: 5,
      smeBids: 4,
      foreignBids: 2,
      lowestValidBidValue: 450000,
      highestValidBidValue: 520000,
    });
    expect(release.bids.statistics.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('links each award to its bids and suppliers; pending while the standstill period runs', () => {
    expect(release.awards).toEqual([
      {
        id: 'award-1',
        title: 'Kontrakt om klimadataplatform',
        status: 'pending',
        date: '2026-11-20T10:00:00Z',
        value: { amount: 450000, currency: 'DKK' },
        suppliers: [{ id: 'DK-CVR-38124560', name: 'Klimadata ApS' }],
        relatedBids: [entry1],
      },
    ]);
  });

  it('marks an award without a standstill period as active', () => {
    const snapshot = exampleDecidedSnapshot();
    snapshot.awards = snapshot.awards.map((a) => ({ ...a, standstillEndsAt: null }));
    expect(buildOcdsRelease(snapshot, options).awards?.[0]?.status).toBe('active');
  });

  it('reports a decision without any award as an unsuccessful process', () => {
    const snapshot = exampleDecidedSnapshot();
    snapshot.awards = [];
    const unsuccessful = buildOcdsRelease(snapshot, options);
    expect(unsuccessful.tender.status).toBe('unsuccessful');
    expect(unsuccessful.awards).toBeUndefined();
  });

  it('writes its generated texts in English when asked', () => {
    const english = buildOcdsRelease(exampleDecidedSnapshot(), { ...options, language: 'en' });
    expect(english.language).toBe('en');
    expect(english.tender.procurementMethodDetails.startsWith('Challenge.')).toBe(true);
    expect(english.tender.documents.at(-1)?.title).toBe('Published evaluation method');
  });
});

describe('buildOcdsRelease before the decision', () => {
  const release = buildOcdsRelease(exampleUndecidedSnapshot(), options);

  it('is a tender release dated at the snapshot', () => {
    expect(release.tag).toEqual(['tender']);
    expect(release.date).toBe('2026-11-27T09:00:00Z');
    expect(release.tender.status).toBe('complete');
  });

  it('names no participant and gives counts only', () => {
    expect(release.parties.map((p) => p.roles)).toEqual([['buyer', 'procuringEntity']]);
    expect(release.tender.tenderers).toBeUndefined();
    expect(release.tender.numberOfTenderers).toBe(5);
    expect(release.bids.details).toBeUndefined();
    expect(release.bids.statistics.map((s) => s.measure)).not.toContain('lowestValidBidValue');
    expect(release.awards).toBeUndefined();
    expect(JSON.stringify(release)).not.toContain('Klimadata ApS');
  });

  it('is a tenderCancellation release when the challenge was cancelled', () => {
    const snapshot = exampleUndecidedSnapshot();
    snapshot.challenge.status = 'cancelled';
    const cancelled = buildOcdsRelease(snapshot, options);
    expect(cancelled.tag).toEqual(['tenderCancellation']);
    expect(cancelled.tender.status).toBe('cancelled');
  });
});

describe('buildOcid', () => {
  it('joins the prefix and the challenge id', () => {
    expect(buildOcid('ocds-213czf', 'ch-1')).toBe('ocds-213czf-ch-1');
  });

  it('refuses a prefix that is not an OCDS prefix', () => {
    expect(() => buildOcid('ocds-xxxxxxx', 'ch-1')).toThrow(RangeError);
    expect(() => buildOcid('OCDS-213CZF', 'ch-1')).toThrow(RangeError);
    expect(() => buildOcid('ocds-213czf', ' ')).toThrow(RangeError);
  });
});
