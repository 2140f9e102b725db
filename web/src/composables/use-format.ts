import { useI18n } from 'vue-i18n';

// Danish readers expect 27.11.2026 13.05; English ones 27 Nov 2026, 13:05 (British English).
const INTL_LOCALE: Record<string, string> = { da: 'da-DK', en: 'en-GB' };

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale] ?? locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Date formatting in the current UI language. */
export function useFormat() {
  const { locale } = useI18n();
  return { dateTime: (iso: string | null | undefined) => formatDateTime(iso, locale.value) };
}
