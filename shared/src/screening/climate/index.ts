import type { ScreeningRule } from '../ruleset-types.js';
import { yearlyCo2Rule } from './screen-yearly-co2.js';

export * from './estimate-yearly-co2.js';
export * from './screen-yearly-co2.js';

export const rules: ScreeningRule[] = [yearlyCo2Rule];
