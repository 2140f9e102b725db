import type { Localised } from '../common/localised.js';

// Every code the exports API can answer with, in both languages. Codes are unique across areas,
// so the API merges this catalogue with the others.
export const exportMessages = {
  'export.not_found': { da: 'Eksporten findes ikke.', en: 'The export does not exist.' },
  'export.file_not_found': {
    da: 'Eksporten har ingen fil med det navn.',
    en: 'The export has no file with that name.',
  },
  'export.ocds-not-published': {
    da: 'Udfordringen har ingen offentliggjorte OCDS-data; de offentliggøres med en eksport efter afgørelsen.',
    en: 'The challenge has no published OCDS data; it is published by an export made after the decision.',
  },
  'export.not-ready': {
    da: 'Eksporten er ikke færdig endnu; prøv igen, når status er "done".',
    en: 'The export is not finished yet; try again when its status is "done".',
  },
  'export.entries-sealed': {
    da: 'Besvarelserne er ikke åbnet endnu, så der er intet at eksportere.',
    en: 'The entries have not been opened yet, so there is nothing to export.',
  },
  'export.judging-unavailable': {
    da: 'Bedømmelsens data (rangering, bedømmelser, inhabilitet og tildeling) kan ikke hentes, så eksporten kan ikke laves.',
    en: 'The judging data (ranking, reviews, conflicts and awards) cannot be read, so the export cannot be made.',
  },
  'export.ocds-invalid': {
    da: 'OCDS-data opfylder ikke de officielle skemaer og udleveres ikke: {reasons}',
    en: 'The OCDS data does not meet the official schemas and is not offered: {reasons}',
  },
  'export.requester-gone': {
    da: 'Den, der bestilte eksporten, har ikke længere adgang til udfordringen.',
    en: 'The person who asked for the export no longer has access to the challenge.',
  },
  'export.archive-required': {
    da: 'Upload arkivet (ZIP) i feltet "file".',
    en: 'Upload the archive (ZIP) in the field "file".',
  },
} satisfies Record<string, Localised>;

export type ExportMessageCode = keyof typeof exportMessages;
