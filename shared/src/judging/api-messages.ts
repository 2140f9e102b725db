import type { MessageCatalogue } from '../common/messages.js';

// Every code the jury API answers with, in both languages. Codes are unique across areas, so the
// API merges this catalogue with the others and the web app can show the same texts.
export const judgingMessages = {
  'jury.not-juror': { da: 'Du er ikke jurymedlem i denne udfordring.', en: 'You are not a juror of this challenge.' },
  'jury.entry-not-found': {
    da: 'Besvarelsen findes ikke, eller den er ikke tildelt dig.',
    en: 'The entry does not exist or is not assigned to you.',
  },
  'jury.declarations-missing': {
    da: 'Erklær for hver deltagende virksomhed, om du har en interessekonflikt, før du ser nogen besvarelse.',
    en: 'Declare for every participating company whether you have a conflict of interest before you see any entry.',
  },
  'jury.entries-not-opened': { da: 'Besvarelserne er ikke åbnet endnu.', en: 'The entries have not been opened yet.' },
  'jury.no-method': { da: 'Udfordringen har ingen evalueringsmetode.', en: 'The challenge has no evaluation method.' },
  'jury.not-evaluating': {
    da: 'Udfordringen er ikke i bedømmelsesfasen (status: {status}).',
    en: 'The challenge is not being evaluated (status: {status}).',
  },
  'jury.scores-changed': {
    da: 'Juryen ændrede point, mens afgørelsen blev truffet. Se rangordningen igen, og træf afgørelsen på ny.',
    en: 'The jury changed scores while the decision was being made. Review the ranking and decide again.',
  },
  'jury.scores-locked': {
    da: 'Afgørelsen er truffet, og rangordningen er endelig. Point kan ikke længere ændres.',
    en: 'The decision has been made and the ranking is final. Scores can no longer change.',
  },
  'jury.decided': {
    da: 'Afgørelsen er truffet; juryens arbejde med denne udfordring er afsluttet.',
    en: 'The decision has been made; the jury’s work on this challenge is closed.',
  },
  'jury.no-decision-yet': { da: 'Der er endnu ikke truffet en afgørelse.', en: 'No decision has been made yet.' },
  'jury.review-submitted': {
    da: 'Du har indsendt din bedømmelse; den kan ikke længere ændres.',
    en: 'You have submitted your review; it can no longer change.',
  },
  'jury.submit-first': {
    da: 'Indsend din egen bedømmelse, før du ser de andre jurymedlemmers point.',
    en: 'Submit your own review before you see the other jurors’ scores.',
  },
  'jury.unknown-criterion': { da: 'Kriteriet findes ikke i evalueringsmetoden.', en: 'The criterion is not part of the evaluation method.' },
  'jury.duplicate-criterion': { da: 'Kriteriet er bedømt mere end én gang.', en: 'The criterion is scored more than once.' },
  'jury.score-off-scale': {
    da: 'Pointene skal ligge på skalaen fra {min} til {max} i trin på {step}.',
    en: 'The score must be on the scale from {min} to {max} in steps of {step}.',
  },
  'jury.score-missing': { da: 'Giv point for kriteriet, før du indsender.', en: 'Score this criterion before you submit.' },
  'jury.justification-required': { da: 'Skriv en begrundelse for pointene.', en: 'Write a justification for the score.' },
  'jury.blind-published': {
    da: 'Udfordringen er offentliggjort med anonym bedømmelse; den kan ikke gøres åben.',
    en: 'The challenge was published with blind review; it cannot be made open.',
  },
  'jury.pairwise-hackathon-only': {
    da: 'Parvis bedømmelse bruges kun til hackathons.',
    en: 'Pairwise judging is for hackathons only.',
  },
  'jury.chair-invalid': {
    da: 'Formanden skal være jurymedlem eller arrangør af udfordringen.',
    en: 'The chair must be a juror or an organiser of this challenge.',
  },
  'jury.panel-locked': {
    da: 'Der er tildelt besvarelser; anonym bedømmelse og bedømmelsesform kan ikke længere ændres.',
    en: 'Entries have been assigned; blind review and the judging mode can no longer change.',
  },
  'jury.assignment-started': {
    da: 'Bedømmelsen er i gang. Kør ikke en ny automatisk fordeling; ret tildelingerne enkeltvis.',
    en: 'Reviewing has begun. Do not run a new automatic assignment; change assignments one by one.',
  },
  'jury.pairwise-mode': { da: 'Denne udfordring bedømmes parvis.', en: 'This challenge is judged in pairs.' },
  'jury.rubric-mode': { da: 'Denne udfordring bedømmes efter kriterierne, ikke parvis.', en: 'This challenge is judged by its criteria, not in pairs.' },
  'jury.conflicted': {
    da: 'Jurymedlemmet har en interessekonflikt med denne besvarelse.',
    en: 'The juror has a conflict of interest with this entry.',
  },
  'jury.declarations-incomplete': {
    da: 'Jurymedlemmet har endnu ikke erklæret sig om interessekonflikter for alle virksomheder.',
    en: 'The juror has not yet declared conflicts of interest for every company.',
  },
  'jury.not-admissible': {
    da: 'Besvarelsen er ikke indsendt, ikke åbnet eller afvist i screeningen.',
    en: 'The entry is not submitted, not opened, or was ruled inadmissible in screening.',
  },
  'jury.assignment-exists': { da: 'Jurymedlemmet er allerede tildelt besvarelsen.', en: 'The juror is already assigned to the entry.' },
  'jury.assignment-not-found': { da: 'Tildelingen findes ikke.', en: 'The assignment does not exist.' },
  'jury.juror-unknown': { da: 'Personen er ikke jurymedlem i denne udfordring.', en: 'This person is not a juror of this challenge.' },
  'jury.conflict-note-required': {
    da: 'Beskriv konflikten med en kort note.',
    en: 'Describe the conflict in a short note.',
  },
  'jury.company-not-participating': {
    da: 'Virksomheden deltager ikke i udfordringen.',
    en: 'The company is not taking part in this challenge.',
  },
  'jury.chair-only': { da: 'Kun juryens formand registrerer konsensus.', en: 'Only the jury’s chair records a consensus.' },
  'jury.no-chair': { da: 'Juryen har ingen formand endnu.', en: 'The jury has no chair yet.' },
  'jury.consensus-not-needed': {
    da: 'Jurymedlemmerne er enige om dette kriterium; der skal ikke registreres konsensus.',
    en: 'The jurors agree on this criterion; no consensus is needed.',
  },
  'jury.no-pair-assigned': { da: 'Bed om et par at sammenligne først.', en: 'Ask for a pair to compare first.' },
  'jury.pair-mismatch': { da: 'Sammenlign de to besvarelser, du fik tildelt.', en: 'Compare the two entries you were given.' },
  'jury.winner-not-ranked': {
    da: 'Vinderen skal være en bedømt og antagelig besvarelse.',
    en: 'A winner must be an admissible entry in the ranking.',
  },
  'jury.winner-below-threshold': {
    da: 'Besvarelsen er under en offentliggjort tærskel og kan ikke vinde.',
    en: 'The entry is below a published threshold and cannot win.',
  },
  'jury.already-decided': { da: 'Afgørelsen er allerede truffet.', en: 'The decision has already been made.' },
} satisfies MessageCatalogue;

export type JudgingMessageCode = keyof typeof judgingMessages;
