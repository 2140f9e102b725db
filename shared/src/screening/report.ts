import { computeAreaScores } from './area-scores.js';
import { evaluateMandatory, type MandatoryOutcome } from './mandatory.js';
import { RULESET_VERSION } from './ruleset.js';
import type { Finding, ScreeningArea, ScreeningInput } from './ruleset-types.js';
import { runScreening, type ScreeningDeps } from './run-screening.js';
import { screeningInputHash } from './screening-input-hash.js';
import { sortFindings } from './sort-findings.js';

/**
 * The screening report of one entry revision. Its JSON is an external API contract
 * (GET /api/entries/:id/screening adds "status"): keep these names stable.
 */
export interface ScreeningReport {
  rulesetVersion: string;
  inputHash: string;
  areas: Record<ScreeningArea, { score: number | null }>;
  findings: Finding[];
  mandatory: MandatoryOutcome;
}

export interface ReportOptions {
  /** Rule ids the challenge made mandatory requirements. */
  mandatoryRuleIds?: readonly string[];
}

export function buildReport(input: ScreeningInput, findings: readonly Finding[], options: ReportOptions = {}): ScreeningReport {
  const sorted = sortFindings(findings);
  const scores = computeAreaScores(sorted, { climateReferenceSet: input.challenge.climateReferenceKgPerYear !== undefined });
  return {
    rulesetVersion: RULESET_VERSION,
    inputHash: screeningInputHash(input, RULESET_VERSION),
    areas: {
      security: { score: scores.security.score },
      'data-protection': { score: scores['data-protection'].score },
      climate: { score: scores.climate.score },
      sovereignty: { score: scores.sovereignty.score },
    },
    findings: sorted,
    mandatory: evaluateMandatory(options.mandatoryRuleIds ?? [], sorted),
  };
}

/** Screens one entry and builds its report: what the worker calls, and the bench in-process. */
export function screenEntry(input: ScreeningInput, deps: ScreeningDeps, options: ReportOptions = {}): ScreeningReport {
  return buildReport(input, runScreening(input, deps), options);
}
