import { useI18n } from 'vue-i18n';

/** 'submission-open' → 'submissionOpen': catalogue keys are camelCase, domain values kebab-case. */
export function camelKey(value: string): string {
  return value.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

type LabelGroup =
  | 'challengeType'
  | 'challengeStatus'
  | 'phaseKind'
  | 'legalBasis'
  | 'prizeRecipients'
  | 'sizeClass'
  | 'normalisation'
  | 'priceModel'
  | 'consensus'
  | 'screeningArea'
  | 'questionKind'
  | 'entryStatus'
  | 'pricingModel'
  | 'transferBasis'
  | 'sso'
  | 'certification'
  | 'keyHolder'
  | 'dataCategory'
  | 'companyRole'
  | 'severity'
  | 'outcome'
  | 'mandatoryStatus'
  | 'blockerDecision'
  | 'jobState'
  | 'exportState'
  | 'conflictKind'
  | 'reviewStatus'
  | 'judgingMode'
  | 'reliability'
  | 'band';

/** Names of the domain's fixed values (types, states, phase kinds …) in the UI language. */
export function useLabels() {
  const { t, te } = useI18n();
  return (group: LabelGroup, value: string | null | undefined): string => {
    if (!value) return '';
    const key = `labels.${group}.${camelKey(value)}`;
    return te(key) ? t(key) : value;
  };
}
