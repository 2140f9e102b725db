import type { Localised } from '@fairpitch/shared/common';
import { loadRuleCatalogue } from '../../composables/use-screening-rules.js';

export interface RuleChoice {
  id: string;
  area: string;
  title: Localised;
}

// The organiser's picker lists the rules of the ruleset the API runs, from GET /api/screening/rules,
// so the big screening code (document parsing, CO2 model) never reaches the browser.
export async function loadRuleChoices(): Promise<RuleChoice[]> {
  const { rules } = await loadRuleCatalogue();
  return rules.map(({ id, area, title }) => ({ id, area, title }));
}
