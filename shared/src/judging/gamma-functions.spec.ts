import { describe, expect, it } from 'vitest';
import { betaLn, digamma, logGamma } from './gamma-functions.js';

// Reference values from SciPy's gammaln, betaln and psi.
describe('logGamma', () => {
  it('matches reference values across the range CrowdBT uses', () => {
    const cases: [number, number][] = [
      [0.1, 2.252712651734206],
      [0.5, 0.5723649429247],
      [1, 0],
      [2.5, 0.2846828704729192],
      [10, 12.801827480081469],
      [171.3, 708.1149470389971],
      [1000.25, 5906.9472682711175],
    ];
    for (const [x, expected] of cases) expect(logGamma(x)).toBeCloseTo(expected, 11);
  });

  it('refuses zero and negative arguments', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});

describe('betaLn', () => {
  it('matches reference values', () => {
    expect(betaLn(10, 1)).toBeCloseTo(-2.302585092994046, 12);
    expect(betaLn(0.5, 0.5)).toBeCloseTo(1.1447298858494, 12);
    expect(betaLn(300, 40.5)).toBeCloseTo(-125.08518343224, 9);
  });
});

describe('digamma', () => {
  it('matches reference values, including the Euler–Mascheroni constant at 1', () => {
    const cases: [number, number][] = [
      [0.5, -1.9635100260214235],
      [1, -0.5772156649015329],
      [3.7, 1.1671535393615113],
      [10, 2.251752589066721],
      [123.4, 4.8113737751162775],
    ];
    for (const [x, expected] of cases) expect(digamma(x)).toBeCloseTo(expected, 12);
  });
});
