import { defineRule } from '../define-rule.js';
import { findIdentityLeaks } from './find-identity-leaks.js';

/** Evidence lists at most this many places; the total count is always given. */
export const MAX_LISTED_LEAKS = 200;

// Only for blind challenges (design contests must keep entries anonymous until the jury has
// decided, udbudsloven § 89). One finding for all places, so the score does not depend on how
// often a name is repeated; each place is listed so the organiser can redact it.
export const identityLeaksRule = defineRule(
  {
    id: 'identity.blind-review-leaks',
    area: 'data-protection',
    severity: 'major',
    title: { da: 'Identitet afsløret trods anonym bedømmelse', en: 'Identity revealed despite blind review' },
    reference: 'udbudsloven § 89 (anonymity in design contests)',
  },
  (context, finding) => {
    if (!context.challenge.blindReview) return [];
    const leaks = findIdentityLeaks(context);
    if (leaks.length === 0) {
      return [
        finding({
          outcome: 'pass',
          evidence: { leaks: 0 },
          explanation: {
            da: 'Felter og dokumenter afslører ikke virksomhedens eller holdets identitet.',
            en: "Fields and documents do not reveal the company's or the team's identity.",
          },
        }),
      ];
    }
    const kinds = [...new Set(leaks.map((l) => l.kind))].sort();
    return [
      finding({
        outcome: 'warn',
        evidence: {
          leaks: leaks.length,
          kinds,
          listed: Math.min(leaks.length, MAX_LISTED_LEAKS),
          locations: leaks.slice(0, MAX_LISTED_LEAKS).map((l) => ({ ...l })),
        },
        explanation: {
          da: `Indsendelsen afslører deltagerens identitet ${leaks.length} steder (${kinds.join(', ')}). Arrangøren skal sløre dem, før bedømmerne ser indsendelsen.`,
          en: `The entry reveals who submitted it in ${leaks.length} places (${kinds.join(', ')}). The organiser must redact them before jurors see the entry.`,
        },
      }),
    ];
  },
);
