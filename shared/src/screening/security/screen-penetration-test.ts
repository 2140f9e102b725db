import { defineRule } from '../define-rule.js';
import { addMonths, isCalendarDate, utcDayOf } from './calendar-dates.js';

export const PENETRATION_TEST_MAX_AGE_MONTHS = 12;

export const penetrationTestRule = defineRule(
  {
    id: 'security.penetration-test',
    area: 'security',
    severity: 'major',
    title: { da: 'Penetrationstest inden for 12 måneder', en: 'Penetration test within 12 months' },
    reference: 'GDPR Art. 32(1)(d); OWASP ASVS 4.0 (level 2)',
  },
  ({ declaration, asOf }, finding) => {
    const asOfDay = utcDayOf(asOf);
    const earliest = addMonths(asOfDay, -PENETRATION_TEST_MAX_AGE_MONTHS);
    const tested = declaration.lastPenetrationTest;
    const evidence = { lastPenetrationTest: tested ?? null, asOf: asOfDay, earliestAccepted: earliest };
    if (tested === undefined || !isCalendarDate(tested)) {
      return [
        finding({
          outcome: 'needs-review',
          evidence,
          explanation: { da: 'Datoen for seneste penetrationstest er ikke oplyst.', en: 'The date of the last penetration test is not stated.' },
        }),
      ];
    }
    if (tested > asOfDay) {
      // A planned test is not a done test; an organiser decides whether it counts.
      return [
        finding({
          outcome: 'needs-review',
          evidence,
          explanation: {
            da: `Penetrationstesten er dateret ${tested}, efter indsendelsen; en planlagt test er ikke dokumentation.`,
            en: `The penetration test is dated ${tested}, after the submission; a planned test is no evidence.`,
          },
        }),
      ];
    }
    if (tested < earliest) {
      return [
        finding({
          outcome: 'warn',
          evidence,
          explanation: {
            da: `Seneste penetrationstest (${tested}) er mere end 12 måneder gammel.`,
            en: `The last penetration test (${tested}) is more than 12 months old.`,
          },
        }),
      ];
    }
    return [
      finding({
        outcome: 'pass',
        evidence,
        explanation: {
          da: `Seneste penetrationstest (${tested}) er under 12 måneder gammel.`,
          en: `The last penetration test (${tested}) is less than 12 months old.`,
        },
      }),
    ];
  },
);
