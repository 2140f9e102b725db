import { type ChallengeCreate, challengeCreateSchema } from '@fairpitch/shared/challenges';

const DAY = 86_400_000;

/** A room-booking challenge that ran two months ago and has been decided. */
export function decidedChallengeInput(start: number): ChallengeCreate {
  const iso = (days: number) => new Date(start + days * DAY).toISOString();
  return challengeCreateSchema.parse({
    title: 'Fælles booking af mødelokaler',
    type: 'challenge',
    language: 'da',
    summary: 'Én løsning til at booke mødelokaler, udstyr og skærme på tværs af forvaltningerne.',
    descriptionMarkdown: '## Udfordringen\nHver forvaltning booker lokaler på sin egen måde. Vi søger én tilgængelig løsning med åbne kalenderstandarder.',
    department: 'Koncernservice',
    categories: ['booking', 'tilgængelighed'],
    contact: { name: 'Otto Organiser', email: 'organiser@fairpitch.local' },
    leadsToPurchase: true,
    legalBasis: 'procurement-contract',
    retentionDays: 365,
    responsePeriodDays: 10,
    phases: [
      { kind: 'questions', startsAt: iso(0), endsAt: iso(5) },
      { kind: 'submission', startsAt: iso(5), endsAt: iso(20) },
      { kind: 'screening', startsAt: iso(20), endsAt: iso(25) },
      { kind: 'evaluation', startsAt: iso(25), endsAt: iso(40) },
      { kind: 'decision', startsAt: iso(40), endsAt: iso(45) },
    ],
    evaluationMethod: {
      criteria: [
        { id: 'usability', title: { da: 'Brugervenlighed', en: 'Usability' }, weight: 40, threshold: 4 },
        { id: 'integration', title: { da: 'Integration og åbne standarder', en: 'Integration and open standards' }, weight: 25 },
        { id: 'accessibility', title: { da: 'Tilgængelighed', en: 'Accessibility' }, weight: 15 },
      ],
      scale: { min: 0, max: 10, step: 1 },
      screeningWeights: { security: 5, 'data-protection': 5 },
      priceWeight: 10,
      priceModel: { kind: 'absolute', referencePrice: 200000, maxPrice: 600000 },
      tieBreak: ['usability'],
      normalisation: 'raw',
      disagreementThreshold: 0.5,
    },
  });
}

/** What each demo company entered: complete, and different enough to rank. */
export function decidedEntryContent(company: string, price: number, hosting: string[]) {
  return {
    solution: {
      title: `${company}: booking`,
      summary: 'Booking af lokaler og udstyr med kalenderintegration.',
      description: 'Webløsning med CalDAV- og Microsoft Graph-integration, SSO via OIDC og eksport af alle data som CSV og iCalendar.',
      trl: 8,
      teamMembers: [{ name: 'Projektleder', role: 'Leder' }],
    },
    offer: { price, currency: 'DKK', pricingModel: 'yearly', totalContractCost: price * 3 },
    compliance: {
      hostingCountries: hosting,
      processorAgreement: true,
      dpiaDone: true,
      personalDataCategories: ['contact'],
      encryptionInTransit: true,
      encryptionAtRest: true,
      encryptionKeyHolder: 'customer',
      retentionAndDeletion: 'Bookinger slettes efter 13 måneder.',
      sso: ['oidc'],
      mfa: true,
      licence: 'AGPL-3.0-only',
      openStandards: ['CalDAV', 'iCalendar'],
      dataExportFormats: ['CSV', 'iCalendar'],
      exitPlan: 'Fuld eksport og 3 måneders parallel drift.',
      dataCentreCountry: hosting[0],
      renewableShare: 0.9,
      monthlyDataTransferGb: 20,
      monthlyActiveUsers: 4000,
    },
    declarations: { acceptTerms: true, acceptIpTerms: true, conflictsOfInterest: { hasConflicts: false } },
  };
}
