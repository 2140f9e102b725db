import type { Locale, Localised } from '../common/localised.js';
import { fieldMessages } from '../challenges/field-messages.js';

// Every code a submissions rule can report, with its text in both languages. Codes are unique
// across areas, so the API can merge this catalogue with the others.
export const submissionMessages = {
  ...fieldMessages,
  'entry.unknown-status': { da: 'Ukendt status for besvarelsen.', en: 'Unknown entry status.' },
  'entry.not-submitted': { da: 'Kun en indsendt besvarelse kan trækkes tilbage.', en: 'Only a submitted entry can be withdrawn.' },
  'entry.withdrawn': { da: 'Besvarelsen er trukket tilbage og kan ikke længere ændres.', en: 'The entry has been withdrawn and can no longer change.' },
  'entry.late': {
    da: 'Fristen er overskredet. Besvarelsen blev ikke modtaget.',
    en: 'The deadline has passed. The entry was not received.',
  },
  'entry.url-invalid': { da: 'Adressen skal begynde med http:// eller https://.', en: 'The address must start with http:// or https://.' },
  'entry.email-invalid': { da: 'E-mailadressen er ugyldig.', en: 'The email address is invalid.' },
  'entry.trl-invalid': {
    da: 'Modenheden (TRL) er et helt tal fra 1 til 9.',
    en: 'Maturity (TRL) is a whole number from 1 to 9.',
  },
  'entry.team-empty': { da: 'Angiv mindst ét teammedlem.', en: 'Name at least one team member.' },
  'entry.amount-invalid': { da: 'Beløbet skal være 0 eller mere.', en: 'The amount must be 0 or more.' },
  'entry.currency-invalid': {
    da: 'Angiv valutaen som en ISO 4217-kode med tre bogstaver (fx DKK).',
    en: 'Give the currency as a three-letter ISO 4217 code (e.g. DKK).',
  },
  'entry.pricing-model-invalid': { da: 'Vælg engangsbeløb, årligt eller pr. bruger.', en: 'Choose one-off, yearly or per user.' },
  'entry.terms-not-accepted': { da: 'Du skal acceptere udfordringens vilkår.', en: 'You must accept the challenge’s terms.' },
  'entry.ip-terms-not-accepted': {
    da: 'Du skal acceptere vilkårene om immaterielle rettigheder: I beholder jeres rettigheder, og kommunen får en ikke-eksklusiv licens til at vurdere løsningen.',
    en: 'You must accept the IP terms: you keep your rights, and the municipality gets a non-exclusive licence to evaluate the solution.',
  },
  'entry.conflicts-unanswered': {
    da: 'Oplys om I har forbindelser til kommunens medarbejdere (interessekonflikter).',
    en: 'State whether you have ties to municipal staff (conflicts of interest).',
  },
  'entry.conflicts-description-missing': { da: 'Beskriv interessekonflikten.', en: 'Describe the conflict of interest.' },
  'entry.de-minimis-not-declared': {
    da: 'Erklær den de minimis-støtte, virksomheden har modtaget de seneste 3 år (skriv 0, hvis ingen).',
    en: 'Declare the de minimis aid the company received over the last 3 years (enter 0 if none).',
  },
  'custom-question.id-invalid': {
    da: 'Et spørgsmåls id må kun indeholde små bogstaver, cifre og bindestreger.',
    en: 'A question id may contain only lower-case letters, digits and hyphens.',
  },
  'custom-question.id-duplicate': { da: 'To spørgsmål har samme id.', en: 'Two questions have the same id.' },
  'custom-question.kind-invalid': { da: 'Ukendt spørgsmålstype.', en: 'Unknown question type.' },
  'custom-question.label-missing': { da: 'Giv spørgsmålet en tekst.', en: 'Give the question a label.' },
  'custom-question.options-missing': { da: 'Et valgspørgsmål skal have mindst to svarmuligheder.', en: 'A choice question needs at least two options.' },
  'custom-question.options-not-allowed': {
    da: 'Kun valgspørgsmål har svarmuligheder.',
    en: 'Only choice questions have options.',
  },
  'custom-question.option-duplicate': { da: 'To svarmuligheder har samme id.', en: 'Two options have the same id.' },
  'custom-answer.required': { da: 'Spørgsmålet skal besvares.', en: 'This question must be answered.' },
  'custom-answer.type': { da: 'Svaret har den forkerte form.', en: 'The answer has the wrong form.' },
  'custom-answer.too-long': { da: 'Svaret er for langt.', en: 'The answer is too long.' },
  'custom-answer.unknown-option': { da: 'Svaret er ikke en af svarmulighederne.', en: 'The answer is not one of the options.' },
  'custom-answer.duplicate-option': { da: 'Den samme svarmulighed er valgt to gange.', en: 'The same option is chosen twice.' },
  'custom-answer.url-invalid': { da: 'Adressen skal begynde med http:// eller https://.', en: 'The address must start with http:// or https://.' },
  'custom-answer.file-unknown': {
    da: 'Filen findes ikke blandt besvarelsens dokumenter.',
    en: 'The file is not among the entry’s documents.',
  },
  'custom-answer.unknown-question': { da: 'Svaret hører ikke til noget spørgsmål.', en: 'The answer belongs to no question.' },
  'upload.empty-file': { da: 'Filen er tom.', en: 'The file is empty.' },
  'upload.too-large': { da: 'Filen er større end det tilladte.', en: 'The file is larger than allowed.' },
  'upload.entry-too-large': {
    da: 'Besvarelsens dokumenter fylder tilsammen mere end det tilladte.',
    en: 'The entry’s documents together exceed the allowed size.',
  },
  'upload.too-many-files': { da: 'Besvarelsen har allerede det største tilladte antal filer.', en: 'The entry already has the maximum number of files.' },
  'upload.double-extension': {
    da: 'Filnavnet indeholder en programfil-endelse (fx .exe eller .php) og afvises.',
    en: 'The file name contains a program extension (such as .exe or .php) and is refused.',
  },
  'upload.type-not-allowed': {
    da: 'Filtypen er ikke tilladt. Tilladt: PDF, DOCX, XLSX, PPTX, PNG, JPEG, ZIP, JSON, TXT og MD.',
    en: 'This file type is not allowed. Allowed: PDF, DOCX, XLSX, PPTX, PNG, JPEG, ZIP, JSON, TXT and MD.',
  },
  'upload.type-mismatch': {
    da: 'Filens indhold passer ikke til filendelsen.',
    en: 'The file’s content does not match its extension.',
  },
  'upload.text-invalid-utf8': { da: 'Tekstfilen skal være gemt som UTF-8.', en: 'The text file must be saved as UTF-8.' },
  'upload.text-nul-byte': { da: 'Tekstfilen indeholder binære data.', en: 'The text file contains binary data.' },
  'receipt.hash-mismatch': {
    da: 'Kvitteringens hash passer ikke med det, platformen har modtaget.',
    en: 'The receipt’s hash does not match what the platform received.',
  },
  'receipt.anonymised': {
    da: 'Kvitteringen er den, platformen udstedte, men besvarelsens personoplysninger er anonymiseret og dens dokumenter slettet efter opbevaringsperioden, så den kan ikke længere genberegnes.',
    en: 'This is the receipt the platform issued, but the entry’s personal data was anonymised and its documents deleted after the retention period, so it can no longer be recomputed.',
  },
  'receipt.field-mismatch': {
    da: 'Kvitteringens oplysninger passer ikke med platformens.',
    en: 'The receipt’s details do not match the platform’s records.',
  },
} as const satisfies Record<string, Localised>;

export type SubmissionMessageCode = keyof typeof submissionMessages;

/** Names a code in a schema so the compiler checks it has a message. */
export function submissionCode<C extends SubmissionMessageCode>(code: C): C {
  return code;
}

export function submissionMessage(code: SubmissionMessageCode, locale: Locale): string {
  return submissionMessages[code][locale];
}
