import { describe, expect, it } from 'vitest';
import { assessLicence } from './assess-licence.js';

describe('assessLicence', () => {
  it('calls a single OSI-approved licence open', () => {
    expect(assessLicence('EUPL-1.2')).toEqual({
      valid: true,
      expression: 'EUPL-1.2',
      normalised: 'EUPL-1.2',
      open: true,
      terms: [{ id: 'EUPL-1.2', listed: true, osiApproved: true }],
    });
  });

  it('needs every part of an AND to be open', () => {
    expect(assessLicence('MIT AND BUSL-1.1')).toMatchObject({ valid: true, open: false });
    expect(assessLicence('MIT AND Apache-2.0')).toMatchObject({ valid: true, open: true });
  });

  it('needs one alternative of an OR to be open', () => {
    expect(assessLicence('SSPL-1.0 OR AGPL-3.0-only')).toMatchObject({ valid: true, open: true });
    expect(assessLicence('SSPL-1.0 OR Elastic-2.0')).toMatchObject({ valid: true, open: false });
  });

  it('handles nesting, "+" and exceptions', () => {
    expect(assessLicence('(MIT OR LicenseRef-Commercial) AND GPL-2.0+ WITH Classpath-exception-2.0')).toMatchObject({ valid: true, open: true });
  });

  it('treats LicenseRef licences as not open', () => {
    expect(assessLicence('LicenseRef-Acme-EULA')).toMatchObject({ valid: true, open: false, terms: [{ id: 'LicenseRef-Acme-EULA', listed: false, osiApproved: false }] });
  });

  it('accepts ids and operators in any case, as SPDX allows', () => {
    expect(assessLicence('mit or apache-2.0')).toMatchObject({ valid: true, normalised: 'MIT OR Apache-2.0', open: true });
    expect(assessLicence('gpl-2.0+')).toMatchObject({ valid: true, normalised: 'GPL-2.0+' });
  });

  it('reads the word "proprietary" as a closed licence', () => {
    expect(assessLicence('Proprietary')).toMatchObject({ valid: true, normalised: 'LicenseRef-Proprietary', open: false });
  });

  it('rejects what is not an SPDX expression', () => {
    expect(assessLicence('Apache 2')).toMatchObject({ valid: false });
    expect(assessLicence('MIT AND')).toMatchObject({ valid: false });
    expect(assessLicence('NOASSERTION')).toMatchObject({ valid: false, error: expect.stringContaining('no licence') });
  });
});
