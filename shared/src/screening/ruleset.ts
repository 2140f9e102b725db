import { rules as climateRules } from './climate/index.js';
import { rules as dataProtectionRules } from './data-protection/index.js';
import { rules as documentRules } from './documents/index.js';
import { rules as identityRules } from './identity/index.js';
import { rules as sbomRules } from './sbom/index.js';
import { rules as securityRules } from './security/index.js';
import { rules as sovereigntyRules } from './sovereignty/index.js';
import type { RuleDescriptor, ScreeningRule } from './ruleset-types.js';

/**
 * The version of the ruleset as a whole. Bump it whenever a rule, a threshold or a data file
 * changes what a report says: reports record it, job ids contain it, and a new version triggers
 * re-screening. Format: year.month.sequence.
 */
export const RULESET_VERSION = '2026.11.1';

/** Findings made by the runner itself when a document cannot be read; listed so screens can name it. */
export const EXTRACTION_PROBLEM_RULE: RuleDescriptor = {
  id: 'screening.document-unreadable',
  area: 'security',
  severity: 'minor',
  title: { da: 'Dokument kunne ikke læses helt', en: 'Document could not be read in full' },
  reference: 'Fairpitch screening',
};

/** Throws when two rules share an id: findings, mandatory choices and reports key on it. */
export function assertUniqueRuleIds(rules: readonly Pick<RuleDescriptor, 'id'>[]): void {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { id } of rules) (seen.has(id) ? duplicates : seen).add(id);
  if (duplicates.size) throw new Error(`duplicate screening rule ids: ${[...duplicates].sort().join(', ')}`);
}

export const ALL_RULES: readonly ScreeningRule[] = [
  ...securityRules,
  ...dataProtectionRules,
  ...identityRules,
  ...documentRules,
  ...sbomRules,
  ...climateRules,
  ...sovereigntyRules,
];

/** What screens show and organisers choose mandatory rules from: no code, only the descriptors. */
export const RULE_DESCRIPTORS: readonly RuleDescriptor[] = [...ALL_RULES, EXTRACTION_PROBLEM_RULE].map(
  ({ id, area, severity, title, reference }) => ({ id, area, severity, title, reference }),
);

// Fail at start-up, not in the middle of a screening run.
assertUniqueRuleIds(RULE_DESCRIPTORS);
