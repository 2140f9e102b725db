import { describe, expect, it } from 'vitest';
import {
  CROWD_BT_ALPHA_PRIOR,
  CROWD_BT_BETA_PRIOR,
  crowdBtUpdate,
  divergenceBeta,
  divergenceGaussian,
  expectedInformationGain,
  jurorReliability,
} from './crowd-bt.js';

// Reference values computed with Gavel's crowd_bt.py (NumPy/SciPy) for the same inputs.
function expectClose(actual: number[], expected: number[], digits = 11): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, digits));
}

const flat = (u: ReturnType<typeof crowdBtUpdate>) => [u.juror.alpha, u.juror.beta, u.winner.mu, u.winner.sigmaSq, u.loser.mu, u.loser.sigmaSq];

describe('crowdBtUpdate', () => {
  it('matches Gavel for a first comparison between two unknown entries', () => {
    const update = crowdBtUpdate({ alpha: 10, beta: 1 }, { mu: 0, sigmaSq: 1 }, { mu: 0, sigmaSq: 1 });
    expectClose(flat(update), [9.999999999999808, 0.9999999999999812, 0.40909090909090906, 0.8326446280991735, -0.40909090909090906, 0.8326446280991735]);
  });

  it('matches Gavel for entries and a juror with history', () => {
    const update = crowdBtUpdate({ alpha: 8, beta: 3 }, { mu: 0.5, sigmaSq: 0.8 }, { mu: -0.2, sigmaSq: 0.6 });
    expectClose(flat(update), [8.223064768629643, 2.9768227367829, 0.6398612275934854, 0.7428021197653982, -0.30489592069511406, 0.5678261923680364]);
  });

  it('matches Gavel when an unreliable juror prefers the weaker entry', () => {
    const update = crowdBtUpdate({ alpha: 2, beta: 5 }, { mu: 1.5, sigmaSq: 0.05 }, { mu: -1, sigmaSq: 0.02 });
    expectClose(flat(update), [2.593349045018882, 4.749228153570551, 1.4952793689761485, 0.050177937346127105, -0.9981117475904595, 0.020028469975380336]);
  });

  it('stays finite for very large means, where e^μ overflows', () => {
    const update = crowdBtUpdate({ alpha: 10, beta: 1 }, { mu: 800, sigmaSq: 0.5 }, { mu: 799, sigmaSq: 0.5 });
    expect(flat(update).every(Number.isFinite)).toBe(true);
  });
});

describe('expectedInformationGain', () => {
  it('matches Gavel for two unknown entries', () => {
    expect(expectedInformationGain({ alpha: 10, beta: 1 }, { mu: 0, sigmaSq: 1 }, { mu: 0, sigmaSq: 1 })).toBeCloseTo(0.18314834476994848, 11);
  });

  it('matches Gavel for entries with history', () => {
    expect(expectedInformationGain({ alpha: 8, beta: 3 }, { mu: 0.3, sigmaSq: 0.5 }, { mu: -0.1, sigmaSq: 0.9 })).toBeCloseTo(0.03485264025340144, 11);
  });

  it('is larger for an uncertain pair than for a well-known one', () => {
    const juror = { alpha: CROWD_BT_ALPHA_PRIOR, beta: CROWD_BT_BETA_PRIOR };
    const known = expectedInformationGain(juror, { mu: 0, sigmaSq: 0.05 }, { mu: 0.1, sigmaSq: 0.05 });
    const unknown = expectedInformationGain(juror, { mu: 0, sigmaSq: 1 }, { mu: 0.1, sigmaSq: 1 });
    expect(unknown).toBeGreaterThan(known);
  });
});

describe('divergences', () => {
  it('match Gavel for Gaussians and Betas', () => {
    expect(divergenceGaussian(0.3, 0.5, -0.1, 0.9)).toBeCloseTo(0.16055999911772617, 12);
    expect(divergenceBeta(11, 1, 10, 1)).toBeCloseTo(0.00440108889523394, 12);
    expect(divergenceBeta(3.5, 2.25, 10, 1)).toBeCloseTo(2.9970349935810248, 11);
  });

  it('are zero between a distribution and itself', () => {
    expect(divergenceGaussian(1, 2, 1, 2)).toBe(0);
    expect(divergenceBeta(10, 1, 10, 1)).toBeCloseTo(0, 14);
  });
});

describe('jurorReliability', () => {
  it('is α/(α + β), 10/11 for a new juror', () => {
    expect(jurorReliability({ alpha: CROWD_BT_ALPHA_PRIOR, beta: CROWD_BT_BETA_PRIOR })).toBeCloseTo(10 / 11, 15);
  });
});
