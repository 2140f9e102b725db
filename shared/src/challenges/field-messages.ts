import type { Localised } from '../common/localised.js';

// Generic codes for shape errors that a schema does not name itself (a missing field, a string
// where a number belongs). Both area catalogues include these.
export const fieldMessages = {
  'field.required': { da: 'Feltet skal udfyldes.', en: 'This field is required.' },
  'field.invalid_type': { da: 'Feltet har en forkert type.', en: 'This field has the wrong type.' },
  'field.too_small': { da: 'Værdien er for kort eller for lille.', en: 'The value is too short or too small.' },
  'field.too_big': { da: 'Værdien er for lang eller for stor.', en: 'The value is too long or too large.' },
  'field.invalid_format': { da: 'Værdien har et ugyldigt format.', en: 'The value has an invalid format.' },
  'field.not_multiple_of': { da: 'Værdien passer ikke til trinstørrelsen.', en: 'The value does not fit the step size.' },
  'field.unrecognized_keys': { da: 'Feltet indeholder ukendte oplysninger.', en: 'The field contains unknown properties.' },
  'field.invalid_union': { da: 'Værdien passer ikke til nogen af de tilladte former.', en: 'The value matches none of the allowed forms.' },
  'field.invalid_key': { da: 'En nøgle er ugyldig.', en: 'A key is invalid.' },
  'field.invalid_element': { da: 'Et element er ugyldigt.', en: 'An element is invalid.' },
  'field.invalid_value': { da: 'Værdien er ikke en af de tilladte.', en: 'The value is not one of the allowed ones.' },
  'field.custom': { da: 'Værdien er ugyldig.', en: 'The value is invalid.' },
} as const satisfies Record<string, Localised>;

export type FieldCode = keyof typeof fieldMessages;
