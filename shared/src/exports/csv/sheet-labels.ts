import type { Locale, Localised } from '../../common/localised.js';
import type { ConflictHandling, EntryStatus, FindingSeverity, JurorSnapshot, ReviewKind, SizeClass } from '../snapshot.js';

// The words that appear inside cells, in both languages. The DRAFT notice holds no comma or
// semicolon, so it reads the same unquoted in either kind of CSV.

export const DRAFT_NOTICE: Localised = {
  da: 'UDKAST – udfordringen er ikke afgjort – tallene kan ændre sig',
  en: 'DRAFT – the challenge is not decided – figures may change',
};

export const YES_NO: Record<'yes' | 'no', Localised> = {
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
};

export const ENTRY_STATUS: Record<EntryStatus, Localised> = {
  valid: { da: 'Gyldigt', en: 'Valid' },
  disqualified: { da: 'Udelukket', en: 'Disqualified' },
  withdrawn: { da: 'Trukket tilbage', en: 'Withdrawn' },
};

export const SIZE_CLASS: Record<SizeClass, Localised> = {
  micro: { da: 'Mikro', en: 'Micro' },
  small: { da: 'Lille', en: 'Small' },
  medium: { da: 'Mellemstor', en: 'Medium' },
  large: { da: 'Stor', en: 'Large' },
};

export const SEVERITY: Record<FindingSeverity, Localised> = {
  critical: { da: 'Kritisk', en: 'Critical' },
  high: { da: 'Høj', en: 'High' },
  medium: { da: 'Middel', en: 'Medium' },
  low: { da: 'Lav', en: 'Low' },
  info: { da: 'Info', en: 'Info' },
};

export const SEVERITY_ORDER: readonly FindingSeverity[] = ['critical', 'high', 'medium', 'low', 'info'];

export const CONFLICT_HANDLING: Record<ConflictHandling, Localised> = {
  recused: { da: 'Inhabil; deltog ikke i bedømmelsen', en: 'Recused; took no part in the evaluation' },
  reassigned: { da: 'Bedømmelsen flyttet til en anden bedømmer', en: 'Evaluation reassigned to another juror' },
  'no-conflict-found': { da: 'Vurderet: ingen interessekonflikt', en: 'Assessed: no conflict of interest' },
  'accepted-with-reasons': { da: 'Accepteret med begrundelse', en: 'Accepted with reasons' },
};

export const REVIEW_KIND: Record<ReviewKind, Localised> = {
  individual: { da: 'Individuel', en: 'Individual' },
  consensus: { da: 'Konsensus', en: 'Consensus' },
};

export function yesNo(value: boolean, locale: Locale): string {
  return YES_NO[value ? 'yes' : 'no'][locale];
}

/** A juror as shown in exports: the pseudonym unless the organiser chose to disclose names. */
export function jurorDisplayName(juror: JurorSnapshot): string {
  return juror.name ?? juror.label;
}
