import type { Finding } from './ruleset-types.js';

export type MandatoryStatus = 'passed' | 'passed-with-warnings' | 'needs-review' | 'failed' | 'not-evaluated';

export interface MandatoryRequirement {
  ruleId: string;
  status: MandatoryStatus;
  /** A failed finding of blocker severity: the entry is provisionally inadmissible. */
  blockerFailed: boolean;
}

export interface MandatoryOutcome {
  requirements: MandatoryRequirement[];
  /** Every mandatory requirement passed (warnings allowed). */
  allPassed: boolean;
  /** A mandatory rule failed with a blocker. Only an organiser's confirmation makes the entry
   *  inadmissible; until then it is provisional (automated findings are always reviewed). */
  provisionallyInadmissible: boolean;
  pendingOrganiserConfirmation: boolean;
}

function statusOf(findings: readonly Finding[]): MandatoryStatus {
  if (findings.length === 0) return 'not-evaluated';
  if (findings.some((f) => f.outcome === 'fail')) return 'failed';
  if (findings.some((f) => f.outcome === 'needs-review')) return 'needs-review';
  if (findings.some((f) => f.outcome === 'warn')) return 'passed-with-warnings';
  return 'passed';
}

/** Which of the challenge's mandatory rules the entry meets. */
export function evaluateMandatory(mandatoryRuleIds: readonly string[], findings: readonly Finding[]): MandatoryOutcome {
  const requirements = [...new Set(mandatoryRuleIds)].sort().map((ruleId) => {
    const own = findings.filter((f) => f.ruleId === ruleId);
    return {
      ruleId,
      status: statusOf(own),
      blockerFailed: own.some((f) => f.outcome === 'fail' && f.severity === 'blocker'),
    };
  });
  const provisionallyInadmissible = requirements.some((r) => r.blockerFailed);
  return {
    requirements,
    allPassed: requirements.every((r) => r.status === 'passed' || r.status === 'passed-with-warnings'),
    provisionallyInadmissible,
    pendingOrganiserConfirmation: provisionallyInadmissible,
  };
}
