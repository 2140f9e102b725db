import type { Certification } from '../../submissions/compliance-declaration.js';
import { defineRule } from '../define-rule.js';
import type { Finding } from '../ruleset-types.js';
import { utcDayOf } from './calendar-dates.js';

/** Certifications and assurance reports that show an audited security posture. */
export const RECOGNISED_CERTIFICATIONS = ['iso27001', 'soc2-type2', 'isae3402', 'isae3000'] as const;

const NAMES: Record<Certification['kind'], string> = {
  iso27001: 'ISO/IEC 27001',
  'soc2-type2': 'SOC 2 Type II',
  isae3402: 'ISAE 3402',
  isae3000: 'ISAE 3000',
  'd-maerket': 'D-mærket',
};

export function isCertificationCurrent(certification: Certification, asOfDay: string): boolean {
  return certification.validUntil === undefined || certification.validUntil >= asOfDay;
}

// D-mærket is only open to firms with a Danish CVR number, so it may never be required or raise a
// score (udbudsloven §§ 2–3): it is reported as an info finding that deducts nothing, and it does
// not stand in for the recognised certifications. It lives inside this rule, not as a rule of its
// own, so an organiser cannot make it a mandatory requirement.
export const certificationsRule = defineRule(
  {
    id: 'security.certifications',
    area: 'security',
    severity: 'major',
    title: { da: 'Sikkerhedscertificeringer og erklæringer', en: 'Security certifications and assurance reports' },
    reference: 'ISO/IEC 27001; AICPA SOC 2; ISAE 3402; ISAE 3000',
  },
  ({ declaration, asOf }, finding) => {
    const asOfDay = utcDayOf(asOf);
    const declared = declaration.certifications;
    const recognised = (declared ?? []).filter((c) => (RECOGNISED_CERTIFICATIONS as readonly string[]).includes(c.kind));
    const current = recognised.filter((c) => isCertificationCurrent(c, asOfDay));
    const expired = recognised.filter((c) => !isCertificationCurrent(c, asOfDay));
    const evidence = {
      current: current.map((c) => NAMES[c.kind]),
      expired: expired.map((c) => `${NAMES[c.kind]} (${c.validUntil})`),
      asOf: asOfDay,
    };
    const findings: Finding[] = [];

    if (declared === undefined) {
      findings.push(
        finding({
          outcome: 'needs-review',
          evidence,
          explanation: { da: 'Certificeringer er ikke oplyst.', en: 'Certifications are not stated.' },
        }),
      );
    } else if (current.length > 0) {
      findings.push(
        finding({
          outcome: 'pass',
          evidence,
          explanation: {
            da: `Gyldig dokumentation for sikkerhedsniveauet: ${evidence.current.join(', ')}.`,
            en: `Current evidence of the security posture: ${evidence.current.join(', ')}.`,
          },
        }),
      );
    } else if (expired.length > 0) {
      findings.push(
        finding({
          outcome: 'warn',
          evidence,
          explanation: {
            da: `Certificeringerne er udløbet: ${evidence.expired.join(', ')}. Bed om en fornyet certificering eller erklæring.`,
            en: `The certifications have expired: ${evidence.expired.join(', ')}. Ask for a renewed certificate or report.`,
          },
        }),
      );
    } else {
      findings.push(
        finding({
          outcome: 'warn',
          evidence,
          explanation: {
            da: 'Ingen ISO/IEC 27001, SOC 2 Type II eller ISAE 3402/3000. Sikkerhedsniveauet må vurderes på anden vis.',
            en: 'No ISO/IEC 27001, SOC 2 Type II or ISAE 3402/3000. The security posture must be assessed otherwise.',
          },
        }),
      );
    }

    const dMaerket = (declared ?? []).find((c) => c.kind === 'd-maerket');
    if (dMaerket) {
      findings.push(
        finding({
          outcome: 'pass',
          severity: 'info',
          evidence: { dMaerket: true, current: isCertificationCurrent(dMaerket, asOfDay) },
          explanation: {
            da: 'Leverandøren har D-mærket: et plus, men aldrig et krav, da kun virksomheder med dansk CVR kan få det. Det påvirker ikke scoren.',
            en: 'The vendor holds D-mærket: a plus, never a requirement, since only firms with a Danish CVR number can get it. It does not affect the score.',
          },
        }),
      );
    }
    return findings;
  },
);
