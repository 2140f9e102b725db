import type { Localised } from '@fairpitch/shared/common';

export interface RuleChoice {
  id: string;
  area: string;
  title: Localised;
}

// The screening ruleset is large (document parsing, CO2 model), so the organiser's picker loads
// its descriptors on demand, in a chunk of its own, instead of with every page.
export async function loadRuleChoices(): Promise<RuleChoice[]> {
  const { RULE_DESCRIPTORS } = await import('@fairpitch/shared/screening');
  return RULE_DESCRIPTORS.map(({ id, area, title }) => ({ id, area, title }));
}
