import { canonicalJson } from '../common/canonical-json.js';
import { OUTCOMES, SCREENING_AREAS, SEVERITIES, type Finding } from './ruleset-types.js';

const rank = <T extends string>(list: readonly T[], value: T) => list.indexOf(value);
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// A total order that depends only on the findings themselves (area, rule, then the canonical
// evidence), so the same input gives byte-identical reports whatever order the rules ran in.
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((finding) => ({ finding, evidence: canonicalJson(finding.evidence) }));
  keyed.sort(
    (a, b) =>
      rank(SCREENING_AREAS, a.finding.area) - rank(SCREENING_AREAS, b.finding.area) ||
      compareStrings(a.finding.ruleId, b.finding.ruleId) ||
      compareStrings(a.evidence, b.evidence) ||
      rank(OUTCOMES, a.finding.outcome) - rank(OUTCOMES, b.finding.outcome) ||
      rank(SEVERITIES, a.finding.severity) - rank(SEVERITIES, b.finding.severity) ||
      compareStrings(a.finding.explanation.en, b.finding.explanation.en) ||
      compareStrings(a.finding.explanation.da, b.finding.explanation.da) ||
      // Equal in meaning but written differently (evidence keys in another order): still one order.
      compareStrings(JSON.stringify(a.finding), JSON.stringify(b.finding)),
  );
  return keyed.map(({ finding }) => finding);
}
