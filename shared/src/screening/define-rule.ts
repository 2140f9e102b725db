import type { Localised } from '../common/localised.js';
import type { Evidence, Finding, Outcome, RuleDescriptor, ScreeningContext, ScreeningRule, Severity } from './ruleset-types.js';

export interface FindingParts {
  outcome: Outcome;
  explanation: Localised;
  evidence?: Evidence;
  /** Defaults to the rule's own severity; a rule may grade one finding lower (e.g. a missing
   *  assessment is major while a transfer without any safeguard is a blocker). */
  severity?: Severity;
}

export function makeFinding(rule: RuleDescriptor, parts: FindingParts): Finding {
  return {
    ruleId: rule.id,
    area: rule.area,
    severity: parts.severity ?? rule.severity,
    outcome: parts.outcome,
    evidence: parts.evidence ?? {},
    explanation: parts.explanation,
    reference: rule.reference,
  };
}

export type FindingFactory = (parts: FindingParts) => Finding;

// Binds the rule's identity into every finding it makes, so no rule can mislabel its findings.
export function defineRule(
  descriptor: RuleDescriptor,
  evaluate: (context: ScreeningContext, finding: FindingFactory) => Finding[],
): ScreeningRule {
  const finding: FindingFactory = (parts) => makeFinding(descriptor, parts);
  return { ...descriptor, evaluate: (context) => evaluate(context, finding) };
}
