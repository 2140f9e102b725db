import type { ScreeningRule } from '../ruleset-types.js';
import { identityLeaksRule } from './screen-identity-leaks.js';

export * from './find-identity-leaks.js';
export * from './match-identity.js';
export * from './screen-identity-leaks.js';

export const rules: ScreeningRule[] = [identityLeaksRule];
