import { defineRule } from '../define-rule.js';

export const mfaRule = defineRule(
  {
    id: 'security.mfa',
    area: 'security',
    severity: 'major',
    title: { da: 'Totrinsgodkendelse (MFA)', en: 'Multi-factor authentication (MFA)' },
    reference: 'GDPR Art. 32; OWASP ASVS 4.0 V2 (level 2)',
  },
  ({ declaration }, finding) => {
    const mfa = declaration.mfa;
    if (mfa === true) {
      return [
        finding({
          outcome: 'pass',
          evidence: { mfa: true },
          explanation: { da: 'Løsningen understøtter totrinsgodkendelse.', en: 'The solution supports multi-factor authentication.' },
        }),
      ];
    }
    return [
      finding({
        outcome: mfa === false ? 'fail' : 'needs-review',
        evidence: { mfa: mfa ?? null },
        explanation:
          mfa === false
            ? {
                da: 'Løsningen understøtter ikke totrinsgodkendelse, som forventes for systemer med personoplysninger.',
                en: 'The solution does not support multi-factor authentication, which is expected for systems holding personal data.',
              }
            : { da: 'Det er ikke oplyst, om løsningen understøtter totrinsgodkendelse.', en: 'Not stated whether the solution supports multi-factor authentication.' },
      }),
    ];
  },
);
