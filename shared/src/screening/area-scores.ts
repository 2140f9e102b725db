import type { Localised } from '../common/localised.js';
import { SCREENING_AREAS, type Finding, type Outcome, type ScreeningArea, type Severity } from './ruleset-types.js';

// One formula for every entry and every area: start at 100 and subtract, for each finding,
// the penalty of its severity times the factor of its outcome; never below 0. A pass costs
// nothing, a warning half, an open question ("needs review") a quarter of a failure, so an honest
// "don't know yet" costs less than a wrong answer. Exported as data so screens can show it.
export const AREA_SCORE_FORMULA = {
  start: 100,
  floor: 0,
  severityPenalty: { blocker: 100, major: 40, minor: 15, info: 0 } satisfies Record<Severity, number>,
  outcomeFactor: { fail: 1, warn: 0.5, 'needs-review': 0.25, pass: 0 } satisfies Record<Outcome, number>,
  description: {
    da:
      'Hvert område starter på 100. For hvert fund trækkes alvorlighedens point (blokerende 100, væsentlig 40, ' +
      'mindre 15, info 0) gange udfaldets faktor (ikke opfyldt 1, advarsel ½, kræver vurdering ¼, opfyldt 0). ' +
      'Scoren rundes til helt tal og kan ikke blive under 0. Klimascoren kommer fra klimareglens beregning mod ' +
      'udfordringens referenceværdi, når den findes.',
    en:
      'Each area starts at 100. For each finding, the points of its severity (blocker 100, major 40, minor 15, ' +
      'info 0) times the factor of its outcome (fail 1, warn ½, needs review ¼, pass 0) are subtracted. The score ' +
      "is rounded to a whole number and never goes below 0. The climate score comes from the climate rule's " +
      "calculation against the challenge's reference value, when there is one.",
  } satisfies Localised,
} as const;

export function findingPenalty(finding: Pick<Finding, 'severity' | 'outcome'>): number {
  return AREA_SCORE_FORMULA.severityPenalty[finding.severity] * AREA_SCORE_FORMULA.outcomeFactor[finding.outcome];
}

export interface AreaScore {
  /** 0–100, or null when nothing in the area was measured (no findings, or no climate reference). */
  score: number | null;
  basis: 'formula' | 'climate-evidence' | 'not-scored';
}

export interface AreaScoreOptions {
  /** The challenge sets a climate reference value; without one there is no climate score. */
  climateReferenceSet: boolean;
}

/** A climate finding may carry its own 0–100 score (emissions against the reference value). */
function climateEvidenceScore(findings: readonly Finding[]): number | null {
  const scores = findings
    .filter((f) => f.area === 'climate' && typeof f.evidence.score === 'number' && Number.isFinite(f.evidence.score))
    .map((f) => f.evidence.score as number);
  // Several scored climate findings would be a ruleset bug; the lowest is the cautious reading.
  return scores.length ? Math.round(Math.min(100, Math.max(0, Math.min(...scores)))) : null;
}

export function computeAreaScores(findings: readonly Finding[], options: AreaScoreOptions): Record<ScreeningArea, AreaScore> {
  const result = {} as Record<ScreeningArea, AreaScore>;
  for (const area of SCREENING_AREAS) {
    const inArea = findings.filter((f) => f.area === area);
    if (area === 'climate') {
      if (!options.climateReferenceSet) {
        result[area] = { score: null, basis: 'not-scored' };
        continue;
      }
      const fromEvidence = climateEvidenceScore(inArea);
      if (fromEvidence !== null) {
        result[area] = { score: fromEvidence, basis: 'climate-evidence' };
        continue;
      }
    }
    if (inArea.length === 0) {
      result[area] = { score: null, basis: 'not-scored' };
      continue;
    }
    const penalty = inArea.reduce((sum, f) => sum + findingPenalty(f), 0);
    result[area] = { score: Math.round(Math.max(AREA_SCORE_FORMULA.floor, AREA_SCORE_FORMULA.start - penalty)), basis: 'formula' };
  }
  return result;
}
