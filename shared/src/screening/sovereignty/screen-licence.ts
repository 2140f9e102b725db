import { defineRule } from '../define-rule.js';
import { assessLicence } from './assess-licence.js';

// Open source is one lever of digital freedom of action, not a condition of it: proprietary
// software may be offered and bought, so a closed licence is noted, never failed.
export const licenceRule = defineRule(
  {
    id: 'sovereignty.licence',
    area: 'sovereignty',
    severity: 'minor',
    title: { da: 'Softwarelicens (SPDX)', en: 'Software licence (SPDX)' },
    reference: 'SPDX License List and expression syntax (SPDX 2.3 Annex D); EU Cloud Sovereignty Framework (2025), technology objective',
  },
  ({ declaration }, finding) => {
    if (!declaration.licence?.trim()) {
      return [
        finding({
          outcome: 'needs-review',
          evidence: { licence: null },
          explanation: { da: 'Licensen er ikke oplyst.', en: 'The licence is not stated.' },
        }),
      ];
    }
    const assessment = assessLicence(declaration.licence);
    if (!assessment.valid) {
      return [
        finding({
          outcome: 'needs-review',
          evidence: { licence: declaration.licence, error: assessment.error },
          explanation: {
            da: `"${declaration.licence}" er ikke et gyldigt SPDX-licensudtryk (${assessment.error}); angiv fx "MIT", "EUPL-1.2" eller "LicenseRef-Proprietary".`,
            en: `"${declaration.licence}" is not a valid SPDX licence expression (${assessment.error}); state e.g. "MIT", "EUPL-1.2" or "LicenseRef-Proprietary".`,
          },
        }),
      ];
    }
    const evidence = {
      licence: declaration.licence,
      normalised: assessment.normalised,
      open: assessment.open,
      terms: assessment.terms.map((term) => ({ ...term })),
    };
    if (assessment.open) {
      return [
        finding({
          outcome: 'pass',
          evidence,
          explanation: {
            da: `Licensen ${assessment.normalised} giver en OSI-godkendt open source-licens.`,
            en: `The licence ${assessment.normalised} grants an OSI-approved open source licence.`,
          },
        }),
      ];
    }
    return [
      finding({
        outcome: 'warn',
        evidence,
        explanation: {
          da: `Licensen ${assessment.normalised} er ikke en OSI-godkendt open source-licens. Det er tilladt, men binder kommunen tættere til leverandøren; exitplan og dataeksport vejer derfor tungere.`,
          en: `The licence ${assessment.normalised} is not an OSI-approved open source licence. That is allowed, but ties the municipality closer to the vendor, so the exit plan and data export matter more.`,
        },
      }),
    ];
  },
);
