import { ALL_RULES, RULESET_VERSION, type ScreeningRule } from '@fairpitch/shared/screening';

/**
 * The ruleset in force. A provider (not a bare import) so a deployment, or a test, can run a
 * newer version side by side and see every entry re-screened under it.
 */
export abstract class ActiveRuleset {
  abstract readonly version: string;
  abstract readonly rules: readonly ScreeningRule[];
}

export class SharedRuleset extends ActiveRuleset {
  readonly version = RULESET_VERSION;
  readonly rules = ALL_RULES;
}
