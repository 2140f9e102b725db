import { betaLn, digamma } from './gamma-functions.js';

// CrowdBT (Chen, Bennett, Collins-Thompson & Horvitz, "Pairwise ranking aggregation in a
// crowdsourced setting", WSDM 2013) with the online updates and parameters of the Gavel expo
// judging system (crowd_bt.py). Entries carry a Gaussian belief N(μ, σ²) about their quality;
// each juror a Beta(α, β) belief about how often they answer as the true order would.

/** Weight of the juror-reliability term in the information gain. */
export const CROWD_BT_GAMMA = 0.1;
/** Regularisation (Gavel's LAMBDA; declared for completeness, unused by the online updates). */
export const CROWD_BT_LAMBDA = 1;
/** Floor that keeps a variance positive after an update. */
export const CROWD_BT_KAPPA = 1e-4;
export const CROWD_BT_MU_PRIOR = 0;
export const CROWD_BT_SIGMA_SQ_PRIOR = 1;
export const CROWD_BT_ALPHA_PRIOR = 10;
export const CROWD_BT_BETA_PRIOR = 1;
/** Share of next-entry picks made at random instead of by information gain. */
export const CROWD_BT_EPSILON = 0.25;
/** Every entry is seen by this many jurors before information gain picks pairs. */
export const CROWD_BT_MIN_VIEWS = 2;
/** A juror's pending pair is released to others after this long (enforced by the API). */
export const CROWD_BT_ASSIGNMENT_TIMEOUT_MS = 5 * 60 * 1000;

export interface JurorBelief {
  alpha: number;
  beta: number;
}

export interface EntryBelief {
  mu: number;
  sigmaSq: number;
}

export interface ComparisonUpdate {
  juror: JurorBelief;
  winner: EntryBelief;
  loser: EntryBelief;
}

/** KL divergence of N(μ₁, σ₁²) from N(μ₂, σ₂²). */
export function divergenceGaussian(mu1: number, sigmaSq1: number, mu2: number, sigmaSq2: number): number {
  const ratio = sigmaSq1 / sigmaSq2;
  return (mu1 - mu2) ** 2 / (2 * sigmaSq2) + (ratio - 1 - Math.log(ratio)) / 2;
}

/** KL divergence of Beta(α₁, β₁) from Beta(α₂, β₂). */
export function divergenceBeta(alpha1: number, beta1: number, alpha2: number, beta2: number): number {
  return (
    betaLn(alpha2, beta2) -
    betaLn(alpha1, beta1) +
    (alpha1 - alpha2) * digamma(alpha1) +
    (beta1 - beta2) * digamma(beta1) +
    (alpha2 - alpha1 + beta2 - beta1) * digamma(alpha1 + beta1)
  );
}

/** The beliefs after `juror` said `winner` is better than `loser`. */
export function crowdBtUpdate(juror: JurorBelief, winner: EntryBelief, loser: EntryBelief): ComparisonUpdate {
  const { alpha, beta } = updatedJuror(juror, winner, loser);
  const [ew, el] = scaledExp(winner.mu, loser.mu);
  const { alpha: a, beta: b } = juror;
  const muStep = (a * ew) / (a * ew + b * el) - ew / (ew + el);
  const varianceStep = (a * ew * b * el) / (a * ew + b * el) ** 2 - (ew * el) / (ew + el) ** 2;
  return {
    juror: { alpha, beta },
    winner: {
      mu: winner.mu + winner.sigmaSq * muStep,
      sigmaSq: winner.sigmaSq * Math.max(1 + winner.sigmaSq * varianceStep, CROWD_BT_KAPPA),
    },
    loser: {
      mu: loser.mu - loser.sigmaSq * muStep,
      sigmaSq: loser.sigmaSq * Math.max(1 + loser.sigmaSq * varianceStep, CROWD_BT_KAPPA),
    },
  };
}

/**
 * Expected information gain of asking `juror` to compare `a` with `b`: the expected KL divergence
 * of the updated beliefs from the current ones, over both possible answers.
 */
export function expectedInformationGain(juror: JurorBelief, a: EntryBelief, b: EntryBelief): number {
  const probabilityAWins = updatedJuror(juror, a, b).probability;
  const ifA = crowdBtUpdate(juror, a, b);
  const ifB = crowdBtUpdate(juror, b, a);
  const gain = (update: ComparisonUpdate, newA: EntryBelief, newB: EntryBelief) =>
    divergenceGaussian(newA.mu, newA.sigmaSq, a.mu, a.sigmaSq) +
    divergenceGaussian(newB.mu, newB.sigmaSq, b.mu, b.sigmaSq) +
    CROWD_BT_GAMMA * divergenceBeta(update.juror.alpha, update.juror.beta, juror.alpha, juror.beta);
  return probabilityAWins * gain(ifA, ifA.winner, ifA.loser) + (1 - probabilityAWins) * gain(ifB, ifB.loser, ifB.winner);
}

/** The juror's Beta belief after the answer, by moment matching; `probability` is P(this answer). */
function updatedJuror(juror: JurorBelief, winner: EntryBelief, loser: EntryBelief): JurorBelief & { probability: number } {
  const { alpha, beta } = juror;
  const [ew, el] = scaledExp(winner.mu, loser.mu);
  const c1 = ew / (ew + el) + (0.5 * (winner.sigmaSq + loser.sigmaSq) * (ew * el * (el - ew))) / (ew + el) ** 3;
  const c2 = 1 - c1;
  const c = (c1 * alpha + c2 * beta) / (alpha + beta);
  const expectation = (c1 * (alpha + 1) * alpha + c2 * alpha * beta) / (c * (alpha + beta + 1) * (alpha + beta));
  const expectationSq =
    (c1 * (alpha + 2) * (alpha + 1) * alpha + c2 * (alpha + 1) * alpha * beta) /
    (c * (alpha + beta + 2) * (alpha + beta + 1) * (alpha + beta));
  const variance = expectationSq - expectation ** 2;
  return {
    alpha: ((expectation - expectationSq) * expectation) / variance,
    beta: ((expectation - expectationSq) * (1 - expectation)) / variance,
    probability: c,
  };
}

// Every formula above is homogeneous of degree 0 in (e^μw, e^μl), so dividing both by the larger
// gives the same results without overflow for large μ.
function scaledExp(muWinner: number, muLoser: number): [number, number] {
  const top = Math.max(muWinner, muLoser);
  return [Math.exp(muWinner - top), Math.exp(muLoser - top)];
}

/** How often the juror is expected to answer as the true order would: α/(α + β). */
export function jurorReliability(juror: JurorBelief): number {
  return juror.alpha / (juror.alpha + juror.beta);
}
