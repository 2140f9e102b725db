import type { Localised } from '../../common/localised.js';
import { defineRule } from '../define-rule.js';
import type { Outcome, Severity } from '../ruleset-types.js';
import { ADVISORY_DATABASE, type AdvisorySeverity } from './advisory-data.js';
import { findSbom } from './find-sbom.js';
import { checkComponent, worstSeverity, type ComponentMatch } from './match-advisories.js';

/** How an advisory's severity turns into a finding: critical/high fail, medium warns, low notes. */
export const VULNERABILITY_GRADING: Record<AdvisorySeverity, { severity: Severity; outcome: Outcome }> = {
  critical: { severity: 'major', outcome: 'fail' },
  high: { severity: 'major', outcome: 'fail' },
  medium: { severity: 'minor', outcome: 'warn' },
  // Most PyPI advisories carry no CVSS rating; a known, unrated vulnerability still wants a look.
  unknown: { severity: 'minor', outcome: 'warn' },
  low: { severity: 'info', outcome: 'warn' },
  none: { severity: 'info', outcome: 'warn' },
};

const SEVERITY_NAMES: Record<AdvisorySeverity, Localised> = {
  critical: { da: 'kritisk', en: 'critical' },
  high: { da: 'høj', en: 'high' },
  medium: { da: 'middel', en: 'medium' },
  low: { da: 'lav', en: 'low' },
  none: { da: 'ingen', en: 'none' },
  unknown: { da: 'ikke vurderet', en: 'not rated' },
};

function componentLabel(match: ComponentMatch): string {
  return `${match.package}@${match.version} (${match.ecosystem})`;
}

// One finding per vulnerable component, so the organiser and the vendor see exactly which
// dependency to upgrade; the score then counts each one.
export const sbomVulnerabilitiesRule = defineRule(
  {
    id: 'security.sbom-vulnerabilities',
    area: 'security',
    severity: 'major',
    title: { da: 'Komponenter med kendte sårbarheder', en: 'Components with known vulnerabilities' },
    reference: 'EU Cyber Resilience Act (Regulation (EU) 2024/2847) Annex I Part I(2)(a); OWASP Top 10 2021 A06',
  },
  (context, finding) => {
    const sbom = findSbom(context);
    const data = { advisoryDataChecked: ADVISORY_DATABASE.checked };
    if (sbom.status !== 'found') {
      return [
        finding({
          outcome: 'needs-review',
          severity: 'info',
          evidence: { ...data, componentCount: 0 },
          explanation: {
            da: 'Komponenterne er ikke kontrolleret for kendte sårbarheder, fordi der ikke er en læsbar SBOM.',
            en: 'The components were not checked for known vulnerabilities because there is no readable SBOM.',
          },
        }),
      ];
    }
    const componentCount = sbom.components.length;
    const matches: ComponentMatch[] = [];
    const seen = new Set<string>();
    let unchecked = 0;
    for (const component of sbom.components) {
      const check = checkComponent(component);
      if (check.status === 'unchecked') {
        unchecked += 1;
        continue;
      }
      if (!check.match) continue;
      const key = `${check.match.ecosystem}:${check.match.package}@${check.match.version}`;
      if (seen.has(key)) continue;
      seen.add(key);
      matches.push(check.match);
    }
    const counts = { ...data, componentCount, uncheckedComponents: unchecked };
    if (matches.length === 0) {
      return [
        finding({
          outcome: 'pass',
          evidence: { ...counts, vulnerableComponents: 0 },
          explanation: {
            da: `Ingen af de ${componentCount} komponenter har kendte sårbarheder i rådgivningsdata fra ${ADVISORY_DATABASE.checked}${unchecked ? ` (${unchecked} kunne ikke kontrolleres: ukendt økosystem eller version)` : ''}.`,
            en: `None of the ${componentCount} components has a known vulnerability in the advisory data of ${ADVISORY_DATABASE.checked}${unchecked ? ` (${unchecked} could not be checked: unknown ecosystem or version)` : ''}.`,
          },
        }),
      ];
    }
    return matches.map((match) => {
      const worst = worstSeverity(match.advisories);
      const grading = VULNERABILITY_GRADING[worst];
      const ids = match.advisories.map((advisory) => advisory.id);
      return finding({
        ...grading,
        evidence: {
          ...counts,
          vulnerableComponents: matches.length,
          component: match.component.name,
          package: match.package,
          version: match.version,
          ecosystem: match.ecosystem,
          purl: match.component.purl,
          worstSeverity: worst,
          advisoryIds: ids,
          advisories: match.advisories.map((advisory) => ({
            id: advisory.id,
            aliases: advisory.aliases,
            severity: advisory.severity,
            cvssScore: advisory.cvssScore,
            summary: advisory.summary,
            url: advisory.url,
          })),
        },
        explanation: {
          da: `${componentLabel(match)} har ${ids.length} kendt(e) sårbarhed(er) (${ids.join(', ')}); højeste alvor: ${SEVERITY_NAMES[worst].da}. Opgradér komponenten til en rettet version.`,
          en: `${componentLabel(match)} has ${ids.length} known vulnerabilit${ids.length === 1 ? 'y' : 'ies'} (${ids.join(', ')}); highest severity: ${SEVERITY_NAMES[worst].en}. Upgrade the component to a fixed version.`,
        },
      });
    });
  },
);
