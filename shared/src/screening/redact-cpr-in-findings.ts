import { maskCprInText } from './data-protection/detect-cpr.js';
import type { Evidence, Finding } from './ruleset-types.js';

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return maskCprInText(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactValue(inner)]));
  }
  return value;
}

// Last guard before a report is stored: whatever a rule copied into its evidence or explanation
// (a file name, a line of text, an error message), no CPR number leaves the screening in clear.
export function redactCprInFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((finding) => ({
    ...finding,
    evidence: redactValue(finding.evidence) as Evidence,
    explanation: { da: maskCprInText(finding.explanation.da), en: maskCprInText(finding.explanation.en) },
  }));
}
