import type { ScreeningRule } from '../ruleset-types.js';
import { exitPlanRule } from './screen-exit-plan.js';
import { licenceRule } from './screen-licence.js';
import { openStandardsRule } from './screen-open-standards.js';
import { parentCompanyRule } from './screen-parent-company.js';

export * from './assess-licence.js';
export * from './screen-exit-plan.js';
export * from './screen-licence.js';
export * from './screen-open-standards.js';
export * from './screen-parent-company.js';

export const rules: ScreeningRule[] = [licenceRule, openStandardsRule, exitPlanRule, parentCompanyRule];
