// The screening ruleset: vocabulary, rules, the runner and the report. Area-specific helpers are
// imported from their folders (e.g. `@fairpitch/shared/screening/data-protection`).
export * from './area-scores.js';
export * from './define-rule.js';
export * from './mandatory.js';
export * from './report.js';
export * from './ruleset.js';
export * from './ruleset-types.js';
export * from './run-screening.js';
export * from './screening-input-hash.js';
export * from './sort-findings.js';
// Used by the judging module to show blind-review entries without the participant's identity.
export { createIdentityMatcher, findIdentityLeaks, redactIdentity, type Identity, type IdentityLeak } from './identity/index.js';
