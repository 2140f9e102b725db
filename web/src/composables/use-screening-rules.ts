import { computed, ref } from 'vue';
import { api, type RuleCatalogue } from '../api/client.js';
import { useLocalised } from './use-localised.js';

// The ruleset's descriptors, fetched once per page load and shared by every screen that names a
// rule (reports, mandatory requirements, excluded entries, the organiser's picker).
let cached: Promise<RuleCatalogue> | null = null;

export function loadRuleCatalogue(): Promise<RuleCatalogue> {
  cached ??= api.screening.rules().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

/** For tests: forget the catalogue so the next call asks the server again. */
export function forgetRuleCatalogue(): void {
  cached = null;
}

/** Rule titles in the reader's language; a rule id stands in until the catalogue has loaded. */
export function useScreeningRules() {
  const localised = useLocalised();
  const catalogue = ref<RuleCatalogue | null>(null);
  void loadRuleCatalogue()
    .then((loaded) => (catalogue.value = loaded))
    .catch(() => undefined);
  const byId = computed(() => new Map((catalogue.value?.rules ?? []).map((rule) => [rule.id, rule])));
  return {
    catalogue,
    title: (ruleId: string) => {
      const rule = byId.value.get(ruleId);
      return rule ? localised(rule.title) || ruleId : ruleId;
    },
    rule: (ruleId: string) => byId.value.get(ruleId),
  };
}
