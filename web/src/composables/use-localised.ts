import { useI18n } from 'vue-i18n';
import type { Localised } from '@fairpitch/shared/common';

/** A text in the reader's language, or in the other one when only that was written. */
export function pickLocalised(text: Localised | null | undefined, locale: string): string {
  if (!text) return '';
  const first = locale === 'en' ? text.en : text.da;
  return first?.trim() ? first : (locale === 'en' ? text.da : text.en) ?? '';
}

export function useLocalised() {
  const { locale } = useI18n();
  return (text: Localised | null | undefined) => pickLocalised(text, locale.value);
}
