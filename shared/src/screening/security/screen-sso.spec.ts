import { describe, expect, it } from 'vitest';
import type { ComplianceDeclaration } from '../../submissions/compliance-declaration.js';
import { makeScreeningContext } from '../screening-fixtures.js';
import { ssoRule } from './screen-sso.js';

const evaluate = (declaration: ComplianceDeclaration) => ssoRule.evaluate(makeScreeningContext({ declaration }))[0];

describe('ssoRule', () => {
  it('passes OIDC or SAML', () => {
    expect(evaluate({ sso: ['oidc'] })).toMatchObject({ outcome: 'pass', evidence: { protocols: ['OpenID Connect'], oiosaml: false } });
    expect(evaluate({ sso: ['saml'] })?.outcome).toBe('pass');
  });

  it('notes OIOSAML for MitID Erhverv as a plus', () => {
    const finding = evaluate({ sso: ['saml', 'oiosaml'] });
    expect(finding).toMatchObject({ outcome: 'pass', evidence: { oiosaml: true } });
    expect(finding?.explanation.en).toMatch(/MitID Erhverv/);
  });

  it('warns without SSO and asks for review when unstated', () => {
    expect(evaluate({ sso: [] })?.outcome).toBe('warn');
    expect(evaluate({})?.outcome).toBe('needs-review');
  });
});
