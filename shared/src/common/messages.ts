import type { Locale, Localised } from './localised.js';

/** Error and notice texts by stable code. `{name}` placeholders are filled from params. */
export type MessageCatalogue = Record<string, Localised>;

export const COMMON_MESSAGES: MessageCatalogue = {
  'validation.failed': { da: 'Nogle felter er ikke udfyldt korrekt.', en: 'Some fields are not filled in correctly.' },
  'validation.required': { da: 'Feltet skal udfyldes.', en: 'This field is required.' },
  'validation.invalid_type': { da: 'Værdien har en forkert type.', en: 'The value has the wrong type.' },
  'validation.too_small': { da: 'Værdien er for kort eller for lille (mindst {minimum}).', en: 'The value is too short or too small (at least {minimum}).' },
  'validation.too_big': { da: 'Værdien er for lang eller for stor (højst {maximum}).', en: 'The value is too long or too large (at most {maximum}).' },
  'validation.invalid_format': { da: 'Værdien har et ugyldigt format.', en: 'The value has an invalid format.' },
  'validation.invalid_value': { da: 'Værdien er ikke en af de tilladte.', en: 'The value is not one of those allowed.' },
  'validation.unrecognized_keys': { da: 'Ukendte felter: {keys}.', en: 'Unknown fields: {keys}.' },
  'validation.invalid': { da: 'Værdien er ugyldig.', en: 'The value is invalid.' },
  'email.invalid': { da: 'Angiv en gyldig e-mailadresse.', en: 'Enter a valid e-mail address.' },
  'country.iso2': { da: 'Angiv landet som en tobogstavskode (ISO 3166-1), fx DK.', en: 'Give the country as a two-letter code (ISO 3166-1), e.g. DK.' },
  'date.iso': { da: 'Angiv datoen som ÅÅÅÅ-MM-DD.', en: 'Give the date as YYYY-MM-DD.' },
  'request.malformed_json': { da: 'Forespørgslen indeholder ikke gyldig JSON.', en: 'The request body is not valid JSON.' },
  'request.unsupported_media_type': { da: 'Forespørgslen skal sendes som JSON.', en: 'The request must be sent as JSON.' },
  'request.too_large': { da: 'Forespørgslen er for stor.', en: 'The request is too large.' },
  'request.not_found': { da: 'Siden eller ressourcen findes ikke.', en: 'The page or resource does not exist.' },
  'request.rate_limited': { da: 'For mange forespørgsler. Prøv igen om lidt.', en: 'Too many requests. Try again shortly.' },
  'request.conflict': { da: 'Data er ændret af en anden i mellemtiden. Hent den nyeste version og prøv igen.', en: 'Someone else changed this in the meantime. Load the latest version and try again.' },
  'server.error': { da: 'Der opstod en uventet fejl. Prøv igen senere.', en: 'An unexpected error occurred. Please try again later.' },
  'auth.required': { da: 'Du skal være logget ind.', en: 'You need to sign in.' },
  'auth.forbidden': { da: 'Du har ikke adgang til dette.', en: 'You do not have access to this.' },
  'auth.invalid_credentials': { da: 'Forkert e-mail eller adgangskode.', en: 'Wrong e-mail or password.' },
  'auth.locked': { da: 'For mange mislykkede forsøg. Prøv igen om {minutes} minutter.', en: 'Too many failed attempts. Try again in {minutes} minutes.' },
  'auth.csrf': { da: 'Forespørgslen kom fra en anden side og blev afvist.', en: 'The request came from another site and was refused.' },
  'auth.password_too_short': { da: 'Adgangskoden skal være på mindst {minimum} tegn.', en: 'The password must be at least {minimum} characters long.' },
  'auth.password_too_long': { da: 'Adgangskoden må højst være på {maximum} tegn.', en: 'The password must be at most {maximum} characters long.' },
  'auth.password_contains_email': { da: 'Adgangskoden må ikke indeholde din e-mailadresse.', en: 'The password must not contain your e-mail address.' },
  'auth.password_wrong': { da: 'Den nuværende adgangskode er forkert.', en: 'The current password is wrong.' },
  'invitation.invalid': { da: 'Invitationen er ugyldig, udløbet eller allerede brugt.', en: 'The invitation is invalid, expired or already used.' },
  'invitation.email_taken': { da: 'Der findes allerede en bruger med denne e-mailadresse.', en: 'A user with this e-mail address already exists.' },
  'invitation.role_not_allowed': { da: 'Du må ikke invitere med denne rolle.', en: 'You may not invite with this role.' },
  'user.not_found': { da: 'Brugeren findes ikke.', en: 'The user does not exist.' },
  'company.not_found': { da: 'Virksomheden findes ikke.', en: 'The company does not exist.' },
  'company.already_registered': {
    da: 'Virksomheden er allerede registreret. Bed virksomhedens administrator om at invitere dig.',
    en: 'This company is already registered. Ask its administrator to invite you.',
  },
  'company.staff_cannot_register': {
    da: 'Kommunale medarbejdere kan ikke registrere virksomheder, så myndighed og deltager holdes adskilt.',
    en: 'Municipal staff cannot register companies, so the authority and the participants stay apart.',
  },
  'company.admin_required': { da: 'Kun virksomhedens administratorer kan gøre dette.', en: 'Only the company’s administrators can do this.' },
  'company.last_admin': { da: 'Virksomheden skal have mindst én administrator.', en: 'The company must keep at least one administrator.' },
  'company.member_required': { da: 'Du skal være medlem af en registreret virksomhed.', en: 'You need to be a member of a registered company.' },
  'challenge.not_found': { da: 'Udfordringen findes ikke.', en: 'The challenge does not exist.' },
  'challenge.organiser_required': { da: 'Kun udfordringens arrangører kan gøre dette.', en: 'Only the challenge’s organisers can do this.' },
  'challenge.frozen_use_amendment': {
    da: 'Udfordringen er offentliggjort. Den kan kun ændres ved en offentliggjort ændring med begrundelse.',
    en: 'The challenge is published. It can only change through a published amendment with a reason.',
  },
  'challenge.method-locked-by-scores': {
    da: 'Der er allerede givet point, så evalueringsmetoden kan ikke længere ændres, heller ikke ved en ændring.',
    en: 'Scores already exist, so the evaluation method can no longer change, not even by amendment.',
  },
  'amendment.not-amendable': { da: 'Udfordringen kan ikke ændres i sin nuværende status ({status}).', en: 'The challenge cannot be amended in its current status ({status}).' },
  'lifecycle.use-publish': { da: 'Brug "Offentliggør" for at offentliggøre udfordringen.', en: 'Use "Publish" to publish the challenge.' },
  'question.closed': { da: 'Der kan ikke længere stilles spørgsmål til denne udfordring.', en: 'Questions can no longer be asked about this challenge.' },
  'question.not_found': { da: 'Spørgsmålet findes ikke.', en: 'The question does not exist.' },
  'question.already-answered': { da: 'Spørgsmålet er allerede besvaret og offentliggjort.', en: 'The question has already been answered and published.' },
  'hackathon.not-a-hackathon': { da: 'Dette er ikke et hackathon.', en: 'This is not a hackathon.' },
  'hackathon.closed': { da: 'Tilmeldingen til hackathonet er lukket.', en: 'Registration for the hackathon is closed.' },
  'hackathon.register-first': { da: 'Tilmeld dig hackathonet, før du danner et hold.', en: 'Register for the hackathon before forming a team.' },
  'hackathon.teams-form-during-event': { da: 'Hold dannes under selve hackathonet.', en: 'Teams are formed during the hackathon event itself.' },
  'team.other-challenge': { da: 'Et hackathonhold kan kun deltage i sit eget hackathon.', en: 'A hackathon team can only enter its own hackathon.' },
  'team.not-a-company': { da: 'Et hackathonhold har ingen virksomhedsoplysninger at ændre.', en: 'A hackathon team has no company details to change.' },
  'user.cannot_demote_self': { da: 'Du kan ikke fjerne din egen administratorrolle.', en: 'You cannot remove your own admin role.' },
};

export function formatMessage(
  catalogue: MessageCatalogue,
  code: string,
  locale: Locale,
  params: Record<string, unknown> = {},
): string {
  const entry = catalogue[code];
  const template = entry ? entry[locale] : code;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
