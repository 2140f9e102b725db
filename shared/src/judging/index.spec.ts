import { describe, expect, it } from 'vitest';
import * as judging from './index.js';

describe('the judging package', () => {
  it('exposes the functions the api and web app call', () => {
    for (const name of [
      'normaliseScores',
      'aggregateScores',
      'computePricePoints',
      'priceModelWarning',
      'computeEntryTotal',
      'computeRanking',
      'computeResults',
      'krippendorffAlpha',
      'agreementByCriterion',
      'jurorStats',
      'jurorScoreHistograms',
      'flagDisagreements',
      'assignJurors',
      'seededRandom',
      'crowdBtUpdate',
      'expectedInformationGain',
      'chooseNextPair',
      'recordComparison',
      'rankFromCrowdBt',
      'generateSyntheticScores',
    ]) {
      expect(typeof (judging as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('keeps the columnar internals private', () => {
    expect('aggregateTable' in judging).toBe(false);
    expect('buildScoreTable' in judging).toBe(false);
  });
});
