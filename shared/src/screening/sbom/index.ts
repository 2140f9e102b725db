import type { ScreeningRule } from '../ruleset-types.js';
import { sbomRule } from './screen-sbom.js';
import { sbomVulnerabilitiesRule } from './screen-sbom-vulnerabilities.js';

export * from './advisory-data.js';
export * from './find-sbom.js';
export * from './match-advisories.js';
export * from './parse-purl.js';
export * from './parse-sbom.js';
export * from './pep440.js';
export * from './screen-sbom.js';
export * from './screen-sbom-vulnerabilities.js';

export const rules: ScreeningRule[] = [sbomRule, sbomVulnerabilitiesRule];
