import type { ScreeningRule } from '../ruleset-types.js';
import { archiveSafetyRule } from './screen-archive-safety.js';
import { documentTypeRule } from './screen-document-types.js';
import { officeMacrosRule } from './screen-office-macros.js';
import { pdfActiveContentRule } from './screen-pdf-active-content.js';
import { secretsRule } from './screen-secrets.js';

export * from './detect-type.js';
export * from './expand-zip-entry.js';
export * from './extract-texts.js';
export * from './find-office-macros.js';
export * from './find-secrets.js';
export * from './for-each-file.js';
export * from './inflate-bounded.js';
export * from './inspect-zip.js';
export * from './read-zip-directory.js';
export * from './screen-archive-safety.js';
export * from './screen-document-types.js';
export * from './screen-office-macros.js';
export * from './screen-pdf-active-content.js';
export * from './screen-secrets.js';
export * from './text-bytes.js';
export { findPdfActiveContent, type PdfActiveContent } from './pdf/find-pdf-active-content.js';

export const rules: ScreeningRule[] = [documentTypeRule, officeMacrosRule, pdfActiveContentRule, archiveSafetyRule, secretsRule];
