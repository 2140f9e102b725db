import type { ScreeningRule } from '../ruleset-types.js';

export const rules: ScreeningRule[] = [];
