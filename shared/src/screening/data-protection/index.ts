import type { ScreeningRule } from '../ruleset-types.js';
import { contactDataRule } from './screen-contact-data.js';
import { cprNumbersRule } from './screen-cpr-numbers.js';
import { dataResidencyRule } from './screen-data-residency.js';
import { dpiaRule } from './screen-dpia.js';
import { encryptionRule } from './screen-encryption.js';
import { processorAgreementRule } from './screen-processor-agreement.js';
import { retentionRule } from './screen-retention.js';

export * from './classify-transfer.js';
export * from './detect-contact-data.js';
export * from './detect-cpr.js';
export * from './screen-contact-data.js';
export * from './screen-cpr-numbers.js';
export * from './screen-data-residency.js';
export * from './screen-dpia.js';
export * from './screen-encryption.js';
export * from './screen-processor-agreement.js';
export * from './screen-retention.js';
export * from './text-position.js';

export const rules: ScreeningRule[] = [
  dataResidencyRule,
  processorAgreementRule,
  dpiaRule,
  retentionRule,
  encryptionRule,
  cprNumbersRule,
  contactDataRule,
];
