import { defineRule } from '../define-rule.js';
import { findSbom } from './find-sbom.js';

// The Cyber Resilience Act makes SBOMs part of a product's obligations; a missing one is an
// open question for the organiser, not a failure, since many small vendors are still adopting it.
export const sbomRule = defineRule(
  {
    id: 'security.sbom',
    area: 'security',
    severity: 'minor',
    title: { da: 'Softwarestykliste (SBOM)', en: 'Software bill of materials (SBOM)' },
    reference: 'EU Cyber Resilience Act (Regulation (EU) 2024/2847) Annex I Part II(1); CycloneDX (ECMA-424); SPDX (ISO/IEC 5962)',
  },
  (context, finding) => {
    const sbom = findSbom(context);
    switch (sbom.status) {
      case 'found':
        return [
          finding({
            outcome: 'pass',
            evidence: { fileName: sbom.document.fileName, attachmentId: sbom.document.attachmentId, format: sbom.format, specVersion: sbom.specVersion, componentCount: sbom.components.length },
            explanation: {
              da: `SBOM i ${sbom.format === 'cyclonedx' ? 'CycloneDX' : 'SPDX'} ${sbom.specVersion} med ${sbom.components.length} komponenter (${sbom.document.fileName}).`,
              en: `SBOM in ${sbom.format === 'cyclonedx' ? 'CycloneDX' : 'SPDX'} ${sbom.specVersion} with ${sbom.components.length} components (${sbom.document.fileName}).`,
            },
          }),
        ];
      case 'unparseable':
        return [
          finding({
            outcome: 'needs-review',
            evidence: { fileName: sbom.document.fileName, attachmentId: sbom.document.attachmentId, error: sbom.error, componentCount: 0 },
            explanation: {
              da: `SBOM'en ${sbom.document.fileName} kunne ikke læses: ${sbom.error}. Indsend CycloneDX (1.4 eller nyere) eller SPDX 2.2/2.3 som JSON.`,
              en: `The SBOM ${sbom.document.fileName} could not be read: ${sbom.error}. Submit CycloneDX (1.4 or later) or SPDX 2.2/2.3 as JSON.`,
            },
          }),
        ];
      case 'declared-missing':
        return [
          finding({
            outcome: 'needs-review',
            evidence: { attachmentId: sbom.attachmentId, componentCount: 0 },
            explanation: {
              da: 'Erklæringen henviser til en SBOM, som ikke findes blandt bidragets dokumenter.',
              en: "The declaration refers to an SBOM that is not among the entry's documents.",
            },
          }),
        ];
      case 'missing':
        return [
          finding({
            outcome: 'needs-review',
            evidence: { componentCount: 0 },
            explanation: {
              da: 'Der er ikke indsendt en SBOM (CycloneDX eller SPDX), så komponenterne kan ikke kontrolleres for kendte sårbarheder.',
              en: 'No SBOM (CycloneDX or SPDX) was submitted, so the components cannot be checked for known vulnerabilities.',
            },
          }),
        ];
    }
  },
);
