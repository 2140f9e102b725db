// The demo data for challenges: the three AI efforts of the city's digital development plan,
// a hackathon, companies from Denmark and Germany, answered questions and an amendment.
const DAY = 86_400_000;

export const DEMO_COMPANIES = [
  { owner: 'startup@fairpitch.local', input: { name: 'Høringsdata ApS', country: 'DK', cvr: '38512706', sizeClass: 'micro' as const } },
  { owner: 'startup2@fairpitch.local', input: { name: 'Referat Robotics A/S', country: 'DK', cvr: '41273852', sizeClass: 'small' as const } },
  { owner: 'startup2@fairpitch.local', input: { name: 'Protokoll KI GmbH', country: 'DE', registrationNumber: 'HRB 219876', sizeClass: 'medium' as const } },
];

const method = (criteria: { id: string; da: string; en: string; weight: number }[], extra: Record<string, unknown> = {}) => ({
  criteria: criteria.map((c) => ({ id: c.id, title: { da: c.da, en: c.en }, description: { da: '', en: '' }, weight: c.weight, threshold: 3 })),
  scale: { min: 0, max: 10, step: 1 },
  screeningWeights: { security: 5, 'data-protection': 5, climate: 5, sovereignty: 5 },
  tieBreak: [criteria[0]!.id],
  normalisation: 'z-score',
  ...extra,
});

export function demoChallenges(now: number) {
  const iso = (offsetDays: number) => new Date(now + offsetDays * DAY).toISOString();
  const contact = { name: 'Otto Organiser', email: 'organiser@fairpitch.local' };
  return [
    {
      key: 'consultations',
      jurors: true,
      input: {
        title: 'AI-understøttelse af offentlige høringer',
        type: 'challenge' as const,
        language: 'da' as const,
        summary: 'Hjælp kommunen med at læse, sortere og opsummere tusindvis af høringssvar, så alle borgeres input bliver hørt.',
        descriptionMarkdown:
          '## Udfordringen\nKøbenhavns Kommune modtager ofte **tusindvis** af høringssvar. Vi søger en løsning, der med kunstig intelligens kan gruppere og opsummere svarene, så sagsbehandlerne kan se alle synspunkter.\n\n## Krav\n- Data behandles i EU/EØS\n- Sagsbehandleren har altid det sidste ord\n- Åbne dataformater og en exitplan',
        department: 'Økonomiforvaltningen',
        categories: ['ai', 'høringer', 'borgerinddragelse'],
        contact,
        leadsToPurchase: true,
        legalBasis: 'procurement-contract' as const,
        retentionDays: 365,
        responsePeriodDays: 10,
        phases: [
          { kind: 'questions' as const, startsAt: iso(-10), endsAt: iso(-1) },
          { kind: 'submission' as const, startsAt: iso(-1), endsAt: iso(30) },
          { kind: 'screening' as const, startsAt: iso(30), endsAt: iso(35) },
          { kind: 'evaluation' as const, startsAt: iso(35), endsAt: iso(50) },
          { kind: 'decision' as const, startsAt: iso(50), endsAt: iso(55) },
        ],
        evaluationMethod: method(
          [
            { id: 'quality', da: 'Kvalitet af opsummeringer', en: 'Quality of summaries', weight: 35 },
            { id: 'transparency', da: 'Gennemsigtighed og forklarbarhed', en: 'Transparency and explainability', weight: 25 },
            { id: 'usability', da: 'Brugervenlighed for sagsbehandlere', en: 'Usability for case workers', weight: 10 },
          ],
          { priceWeight: 10, priceModel: { kind: 'absolute', referencePrice: 500000, maxPrice: 1500000 } },
        ),
      },
      questions: [
        { from: 'startup@fairpitch.local', text: 'Må løsningen bruge en sprogmodel, der hostes uden for EU?', answer: 'Nej. Persondata skal behandles i EU/EØS eller et land med en tilstrækkelighedsafgørelse, jf. screeningens regler.' },
        { from: 'startup2@fairpitch.local', text: 'Hvor mange høringssvar skal løsningen kunne håndtere pr. høring?', answer: 'Op til 20.000 svar pr. høring; de største høringer har haft omkring 12.000.' },
      ],
      amendment: { reason: 'Svarfristen for spørgsmål er præciseret, og kontaktpersonens afdeling er rettet.', changes: { department: 'Økonomiforvaltningen, Center for Digitalisering' } },
    },
    {
      key: 'minutes',
      jurors: true,
      input: {
        title: 'Fælles referatløsning for kommunens udvalg',
        type: 'challenge' as const,
        language: 'da' as const,
        summary: 'En fælles løsning der hjælper med at skrive, godkende og offentliggøre referater fra møder og udvalg.',
        descriptionMarkdown: '## Udfordringen\nReferater skrives i dag på mange måder. Vi søger en fælles, tilgængelig løsning med tale-til-tekst og skabeloner.',
        department: 'Borgerrepræsentationens Sekretariat',
        categories: ['ai', 'referater'],
        contact,
        leadsToPurchase: true,
        legalBasis: 'procurement-contract' as const,
        retentionDays: 365,
        responsePeriodDays: 10,
        phases: [
          { kind: 'questions' as const, startsAt: iso(-5), endsAt: iso(5) },
          { kind: 'submission' as const, startsAt: iso(5), endsAt: iso(40) },
          { kind: 'evaluation' as const, startsAt: iso(40), endsAt: iso(60) },
        ],
        evaluationMethod: method(
          [
            { id: 'accuracy', da: 'Nøjagtighed', en: 'Accuracy', weight: 40 },
            { id: 'accessibility', da: 'Tilgængelighed', en: 'Accessibility', weight: 20 },
          ],
          { priceWeight: 20, priceModel: { kind: 'absolute', referencePrice: 300000, maxPrice: 900000 } },
        ),
      },
      questions: [{ from: 'startup2@fairpitch.local', text: 'Skal løsningen kunne integrere med kommunens eksisterende ESDH-system?', answer: 'Ja, via åbne standarder; en konkret liste over snitflader følger i udbudsmaterialet.' }],
    },
    {
      key: 'platform',
      jurors: false,
      input: {
        title: 'Markedsdialog: Københavns fælles AI-platform',
        type: 'market-dialogue' as const,
        language: 'da' as const,
        summary: 'Vi vil gerne høre markedet, før vi beskriver en fælles AI-platform. Alle input og referater deles med alle.',
        descriptionMarkdown: '## Formål\nDialogen skal give viden om modeller, drift og digital suverænitet. Ingen deltager får fortrin; alt materiale deles med alle (udbudslovens §§ 39–40).',
        department: 'Økonomiforvaltningen',
        categories: ['ai', 'platform', 'markedsdialog'],
        contact,
        blindReview: false,
        legalBasis: 'none' as const,
        retentionDays: 365,
        responsePeriodDays: 14,
        phases: [
          { kind: 'announcement' as const, startsAt: iso(-3), endsAt: iso(7) },
          { kind: 'questions' as const, startsAt: iso(7), endsAt: iso(21) },
        ],
      },
      questions: [],
    },
    {
      key: 'hackathon',
      jurors: false,
      input: {
        title: 'Hack the Climate Harbour',
        type: 'hackathon' as const,
        language: 'en' as const,
        summary: 'A weekend hackathon on climate-conscious digital services for the harbour: open data, low energy, open source.',
        descriptionMarkdown: '## The event\nTwo days, open data from the harbour and the city. Teams form on the first day; prizes go to several teams under de minimis rules.',
        department: 'Teknik- og Miljøforvaltningen',
        categories: ['climate', 'open-data'],
        contact,
        blindReview: false,
        legalBasis: 'de-minimis' as const,
        deMinimisDeclarationsRequired: true,
        prizes: [{ amountDkk: 25000, recipients: 'several' as const, description: 'Three prizes for the best teams' }],
        retentionDays: 180,
        responsePeriodDays: 7,
        phases: [
          { kind: 'announcement' as const, startsAt: iso(-2), endsAt: iso(14) },
          { kind: 'event-day' as const, startsAt: iso(14), endsAt: iso(14.5) },
          { kind: 'submission' as const, startsAt: iso(14.5), endsAt: iso(15.25) },
          { kind: 'evaluation' as const, startsAt: iso(15.25), endsAt: iso(15.5) },
        ],
        evaluationMethod: method([
          { id: 'impact', da: 'Klimaeffekt', en: 'Climate impact', weight: 40 },
          { id: 'openness', da: 'Åbenhed', en: 'Openness', weight: 20 },
          { id: 'demo', da: 'Demo', en: 'Demo', weight: 20 },
        ]),
      },
      questions: [],
    },
  ];
}
