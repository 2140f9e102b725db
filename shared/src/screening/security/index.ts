import type { ScreeningRule } from '../ruleset-types.js';
import { certificationsRule } from './screen-certifications.js';
import { mfaRule } from './screen-mfa.js';
import { penetrationTestRule } from './screen-penetration-test.js';
import { securityTxtRule } from './screen-security-txt.js';
import { ssoRule } from './screen-sso.js';
import { vulnerabilityDisclosureRule } from './screen-vulnerability-disclosure.js';

export * from './calendar-dates.js';
export * from './parse-security-txt.js';
export * from './screen-certifications.js';
export * from './screen-mfa.js';
export * from './screen-penetration-test.js';
export * from './screen-security-txt.js';
export * from './screen-sso.js';
export * from './screen-vulnerability-disclosure.js';

export const rules: ScreeningRule[] = [
  certificationsRule,
  mfaRule,
  ssoRule,
  penetrationTestRule,
  vulnerabilityDisclosureRule,
  securityTxtRule,
];
