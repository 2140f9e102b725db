import { defineRule } from '../define-rule.js';

const PROTOCOL_NAMES = { oidc: 'OpenID Connect', saml: 'SAML 2.0', oiosaml: 'OIOSAML' } as const;

// Single sign-on lets the municipality manage access in its own identity provider. OIOSAML
// (NemLog-in, MitID Erhverv) is noted as a plus; OIDC or SAML alone already satisfies the rule.
export const ssoRule = defineRule(
  {
    id: 'security.sso',
    area: 'security',
    severity: 'major',
    title: { da: 'Single sign-on (OIDC/SAML)', en: 'Single sign-on (OIDC/SAML)' },
    reference: 'OpenID Connect Core 1.0; SAML 2.0; OIOSAML 3 (NemLog-in)',
  },
  ({ declaration }, finding) => {
    const sso = declaration.sso;
    if (sso === undefined) {
      return [
        finding({
          outcome: 'needs-review',
          evidence: { protocols: [], oiosaml: false },
          explanation: { da: 'Understøttelse af single sign-on er ikke oplyst.', en: 'Single sign-on support is not stated.' },
        }),
      ];
    }
    const protocols = [...new Set(sso)].sort().map((p) => PROTOCOL_NAMES[p]);
    const oiosaml = sso.includes('oiosaml');
    if (protocols.length === 0) {
      return [
        finding({
          outcome: 'warn',
          evidence: { protocols, oiosaml },
          explanation: {
            da: 'Løsningen understøtter ikke single sign-on; brugere skal administreres separat.',
            en: 'The solution does not support single sign-on; users must be managed separately.',
          },
        }),
      ];
    }
    const plus = oiosaml
      ? { da: ' OIOSAML muliggør login med MitID Erhverv via NemLog-in (et plus).', en: ' OIOSAML allows MitID Erhverv login through NemLog-in (a plus).' }
      : { da: '', en: '' };
    return [
      finding({
        outcome: 'pass',
        evidence: { protocols, oiosaml },
        explanation: {
          da: `Single sign-on understøttes: ${protocols.join(', ')}.${plus.da}`,
          en: `Single sign-on is supported: ${protocols.join(', ')}.${plus.en}`,
        },
      }),
    ];
  },
);
