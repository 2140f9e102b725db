import type { Locale, Localised } from '../common/localised.js';
import { fieldMessages } from './field-messages.js';

// Every code a challenges rule can report, with its text in both languages. Codes are unique
// across areas, so the API can merge this catalogue with the others.
export const challengeMessages = {
  ...fieldMessages,
  'cvr.format': { da: 'Et CVR-nummer består af 8 cifre.', en: 'A CVR number has 8 digits.' },
  'cvr.leading-zero': { da: 'Et CVR-nummer begynder aldrig med 0.', en: 'A CVR number never starts with 0.' },
  'cvr.checksum': {
    da: 'CVR-nummeret findes ikke: kontrolcifferet passer ikke. Tjek for tastefejl.',
    en: 'This CVR number does not exist: its check digit is wrong. Check for typing errors.',
  },
  'company.country-format': { da: 'Angiv landet som en landekode på to bogstaver (fx DK).', en: 'Give the country as a two-letter code (e.g. DK).' },
  'company.country-not-eea': {
    da: 'Virksomheden skal være registreret i et EU- eller EØS-land.',
    en: 'The company must be registered in an EU or EEA country.',
  },
  'company.cvr-required': { da: 'En dansk virksomhed angiver sit CVR-nummer.', en: 'A Danish company gives its CVR number.' },
  'company.cvr-only-for-dk': {
    da: 'CVR-nummer gælder kun danske virksomheder. Angiv i stedet registreringsnummeret fra dit lands register.',
    en: 'CVR numbers are for Danish companies only. Give the number from your country’s register instead.',
  },
  'company.registration-number-required': {
    da: 'Angiv virksomhedens nummer i det nationale register.',
    en: 'Give the company’s number in the national register.',
  },
  'company.registration-number-format': {
    da: 'Registreringsnummeret skal have 2–30 tegn: bogstaver, cifre, mellemrum, punktum, bindestreg eller skråstreg.',
    en: 'The registration number must have 2–30 characters: letters, digits, spaces, dots, hyphens or slashes.',
  },
  'company.registration-number-not-for-dk': {
    da: 'En dansk virksomhed identificeres med CVR-nummer, ikke med et andet registreringsnummer.',
    en: 'A Danish company is identified by its CVR number, not by another registration number.',
  },
  'company.size-class-invalid': {
    da: 'Vælg virksomhedens størrelse: mikro, lille, mellemstor eller stor.',
    en: 'Choose the company size: micro, small, medium or large.',
  },
  'contact.email-invalid': { da: 'E-mailadressen er ugyldig.', en: 'The email address is invalid.' },
  'contact.phone-invalid': { da: 'Telefonnummeret er ugyldigt.', en: 'The phone number is invalid.' },
  'lifecycle.unknown-state': { da: 'Ukendt status.', en: 'Unknown status.' },
  'lifecycle.same-state': { da: 'Udfordringen har allerede denne status.', en: 'The challenge already has this status.' },
  'lifecycle.terminal': { da: 'En arkiveret udfordring kan ikke ændres.', en: 'An archived challenge cannot change.' },
  'lifecycle.not-allowed': {
    da: 'Udfordringen kan ikke gå direkte fra den nuværende status til den ønskede.',
    en: 'The challenge cannot go directly from its current status to the requested one.',
  },
  'phases.empty': { da: 'Tilføj mindst én fase.', en: 'Add at least one phase.' },
  'phases.submission-missing': { da: 'En udfordring eller hackathon skal have en indsendelsesfase.', en: 'A challenge or hackathon needs a submission phase.' },
  'phases.submission-duplicate': {
    da: 'Der må kun være én indsendelsesfase, så alle har samme frist.',
    en: 'There can be only one submission phase, so everyone has the same deadline.',
  },
  'phase.kind-invalid': { da: 'Ukendt fasetype.', en: 'Unknown phase type.' },
  'phase.instant-invalid': {
    da: 'Tidspunktet skal være et gyldigt UTC-tidspunkt (fx 2026-03-01T09:00:00Z).',
    en: 'The time must be a valid UTC instant (e.g. 2026-03-01T09:00:00Z).',
  },
  'phase.start-not-before-end': { da: 'En fase skal slutte efter den begynder.', en: 'A phase must end after it starts.' },
  'phase.out-of-order': { da: 'Faserne skal stå i tidsmæssig rækkefølge.', en: 'The phases must be in chronological order.' },
  'phase.overlap': { da: 'Faserne må ikke overlappe.', en: 'The phases must not overlap.' },
  'phase.event-day-not-hackathon': { da: 'Eventdage findes kun i hackathons.', en: 'Event days exist only in hackathons.' },
  'method.criteria-empty': { da: 'Tilføj mindst ét kriterium.', en: 'Add at least one criterion.' },
  'method.criterion-id-invalid': {
    da: 'Et kriteries id må kun indeholde små bogstaver, cifre og bindestreger (højst 64 tegn).',
    en: 'A criterion id may contain only lower-case letters, digits and hyphens (at most 64 characters).',
  },
  'method.criterion-id-duplicate': { da: 'To kriterier har samme id.', en: 'Two criteria have the same id.' },
  'method.criterion-title-missing': { da: 'Giv kriteriet en titel.', en: 'Give the criterion a title.' },
  'method.weight-invalid': { da: 'En vægt skal være et tal mellem 0 og 100.', en: 'A weight must be a number between 0 and 100.' },
  'method.weights-sum': {
    da: 'Vægtene for kriterier, screening og pris skal tilsammen give præcis 100 %.',
    en: 'The weights of criteria, screening and price must add up to exactly 100%.',
  },
  'method.scale-range': { da: 'Skalaens minimum skal være mindre end dens maksimum.', en: 'The scale’s minimum must be below its maximum.' },
  'method.scale-step': {
    da: 'Skalaens trin skal være positivt og gå op i skalaens spænd.',
    en: 'The scale step must be positive and divide the scale’s range evenly.',
  },
  'method.threshold-out-of-scale': { da: 'Tærsklen skal ligge inden for skalaen.', en: 'The threshold must lie within the scale.' },
  'method.overall-threshold-out-of-scale': {
    da: 'Den samlede tærskel skal ligge inden for skalaen.',
    en: 'The overall threshold must lie within the scale.',
  },
  'method.screening-rule-invalid': { da: 'Ugyldigt id for en screeningsregel.', en: 'Invalid screening rule id.' },
  'method.screening-rule-duplicate': { da: 'Screeningsreglen er valgt to gange.', en: 'The screening rule is listed twice.' },
  'method.screening-rule-unknown': { da: 'Screeningsreglen findes ikke.', en: 'The screening rule does not exist.' },
  'method.tie-break-unknown': {
    da: 'Rækkefølgen ved lighed nævner et kriterium, der ikke findes.',
    en: 'The tie-break order names a criterion that does not exist.',
  },
  'method.tie-break-duplicate': { da: 'Et kriterium står to gange i rækkefølgen ved lighed.', en: 'A criterion appears twice in the tie-break order.' },
  'method.price-model-invalid': { da: 'Ukendt prismodel.', en: 'Unknown price model.' },
  'method.price-model-missing': { da: 'Prisen har en vægt, men der er ikke valgt en prismodel.', en: 'Price has a weight but no price model is chosen.' },
  'method.price-weight-missing': { da: 'Der er valgt en prismodel, men prisen har ingen vægt.', en: 'A price model is chosen but price has no weight.' },
  'method.price-reference-invalid': { da: 'Referenceprisen skal være større end 0.', en: 'The reference price must be above 0.' },
  'method.price-slope-or-max': {
    da: 'Angiv enten en hældning eller en maksimalpris for den absolutte prismodel, ikke begge.',
    en: 'Give either a slope or a maximum price for the absolute price model, not both.',
  },
  'method.price-slope-invalid': { da: 'Hældningen skal være større end 0.', en: 'The slope must be above 0.' },
  'method.price-max-invalid': { da: 'Maksimalprisen skal være større end referenceprisen.', en: 'The maximum price must be above the reference price.' },
  'method.disagreement-threshold-invalid': {
    da: 'Grænsen for uenighed skal være en andel mellem 0 og 1.',
    en: 'The disagreement threshold must be a share between 0 and 1.',
  },
  'method.climate-reference-invalid': {
    da: 'Klimareferencen skal være et positivt antal kg CO2e om året.',
    en: 'The climate reference must be a positive number of kg CO2e per year.',
  },
  'price.rank-reversal': {
    da: 'En relativ prismodel kan ændre rækkefølgen mellem tilbud, når et andet tilbud kommer til eller falder bort.',
    en: 'A relative price model can change the order of bids when another bid is added or removed.',
  },
  'legal.market-dialogue-no-prizes': {
    da: 'En markedsdialog må ikke give præmier eller andre fordele til enkelte deltagere: ingen deltager må opnå en fordel (udbudslovens §§ 39–40).',
    en: 'A market dialogue may not give prizes or other benefits to individual participants: no participant may gain an advantage (Danish Public Procurement Act §§ 39–40).',
  },
  'legal.prize-amount-invalid': { da: 'Et præmiebeløb skal være 0 kr. eller mere.', en: 'A prize amount must be DKK 0 or more.' },
  'legal.direct-support-refused': {
    da: 'Kommunen må ikke give direkte økonomisk støtte til en enkelt virksomhed. Erhvervsfremmelovens § 14 og kommunalfuldmagtsreglerne kræver, at erhvervsfremme er bredt tilgængelig og ikke forvrider konkurrencen. En præmie til én virksomhed kræver derfor et lovligt grundlag: en offentlig kontrakt efter udbudsloven, en projektkonkurrence (udbudslovens §§ 84–92) eller de minimis-støtte med modtagernes erklæring om tidligere støtte.',
    en: 'The municipality may not give direct financial support to a single firm. The Business Promotion Act (erhvervsfremmeloven § 14) and the municipal powers rules require business promotion to be broadly accessible and not to distort competition. A prize for one firm therefore needs a legal basis: a public contract under the Public Procurement Act, a design contest (§§ 84–92), or de minimis aid with the recipients’ declarations of earlier aid.',
  },
  'legal.basis-required': {
    da: 'Udfordringen giver præmier eller andre fordele til virksomheder og skal derfor angive sit retsgrundlag: en offentlig kontrakt, en projektkonkurrence eller de minimis-støtte (erhvervsfremmelovens § 14 og kommunalfuldmagtsreglerne).',
    en: 'The challenge gives prizes or other benefits to firms and must therefore state its legal basis: a public contract, a design contest or de minimis aid (erhvervsfremmeloven § 14 and the municipal powers rules).',
  },
  'legal.de-minimis-declarations-required': {
    da: 'De minimis-støtte kræver, at hver modtager erklærer den de minimis-støtte, virksomheden har fået de seneste 3 år; loftet er 300.000 euro pr. virksomhed over 3 år (forordning (EU) 2023/2831). Slå erklæringen til i tilmeldingsformularen.',
    en: 'De minimis aid requires each recipient to declare the de minimis aid it received over the last 3 years; the ceiling is €300,000 per undertaking over 3 years (Regulation (EU) 2023/2831). Turn the declaration on in the entry form.',
  },
  'legal.de-minimis-ceiling-exceeded': {
    da: 'En præmie overstiger de minimis-loftet på 300.000 euro pr. virksomhed over 3 år (forordning (EU) 2023/2831).',
    en: 'A prize exceeds the de minimis ceiling of €300,000 per undertaking over 3 years (Regulation (EU) 2023/2831).',
  },
  'challenge.text-missing': { da: 'Udfyld dette felt, før udfordringen offentliggøres.', en: 'Fill in this field before publishing the challenge.' },
  'challenge.method-missing': {
    da: 'Udfordringen skal have en evalueringsmetode, før den offentliggøres.',
    en: 'The challenge needs an evaluation method before it is published.',
  },
  'challenge.price-model-required': {
    da: 'Udfordringen fører til et køb, så evalueringsmetoden skal vægte prisen med en prismodel.',
    en: 'The challenge leads to a purchase, so the evaluation method must weight price with a price model.',
  },
  'challenge.blind-review-required': {
    da: 'En udfordring bedømmes anonymt; kun hackathons og markedsdialoger kan slå anonym bedømmelse fra.',
    en: 'A challenge is reviewed blind; only hackathons and market dialogues can turn blind review off.',
  },
  'challenge.retention-missing': {
    da: 'Angiv hvor mange dage indsendelser opbevares, før udfordringen offentliggøres.',
    en: 'State how many days entries are kept before publishing the challenge.',
  },
  'challenge.deadline-passed': {
    da: 'Indsendelsesfristen er allerede overskredet. Ret faserne, før udfordringen offentliggøres.',
    en: 'The submission deadline has already passed. Correct the phases before publishing.',
  },
  'challenge.category-duplicate': { da: 'Kategorien står to gange.', en: 'The category is listed twice.' },
  'challenge.url-invalid': { da: 'Adressen skal begynde med http:// eller https://.', en: 'The address must start with http:// or https://.' },
  'challenge.type-invalid': { da: 'Vælg udfordring, hackathon eller markedsdialog.', en: 'Choose challenge, hackathon or market dialogue.' },
  'challenge.language-invalid': { da: 'Vælg dansk eller engelsk.', en: 'Choose Danish or English.' },
  'challenge.legal-basis-invalid': { da: 'Ukendt retsgrundlag.', en: 'Unknown legal basis.' },
  'amendment.reason-length': {
    da: 'Begrund ændringen med 10–4000 tegn; begrundelsen offentliggøres for alle.',
    en: 'Give a reason of 10–4000 characters; it is published to everyone.',
  },
  'amendment.no-changes': { da: 'Rettelsen ændrer ingenting.', en: 'The amendment changes nothing.' },
  'question.length': { da: 'Et spørgsmål skal have 10–4000 tegn.', en: 'A question must have 10–4000 characters.' },
  'answer.length': { da: 'Et svar skal have 1–10000 tegn.', en: 'An answer must have 1–10,000 characters.' },
} as const satisfies Record<string, Localised>;

export type ChallengeMessageCode = keyof typeof challengeMessages;

/** Names a code in a schema so the compiler checks it has a message. */
export function challengeCode<C extends ChallengeMessageCode>(code: C): C {
  return code;
}

export function challengeMessage(code: ChallengeMessageCode, locale: Locale): string {
  return challengeMessages[code][locale];
}
