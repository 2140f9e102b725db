import { useI18n } from 'vue-i18n';
import { formatCopenhagen } from '@fairpitch/shared/challenges';
import type { Locale } from '@fairpitch/shared/common';

// Danish readers expect 27.11.2026 13.05; English ones 27 Nov 2026, 13:05 (British English).
const INTL_LOCALE: Record<string, string> = { da: 'da-DK', en: 'en-GB' };

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale] ?? locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A challenge time as Copenhagen reads it, with the zone named (CET/CEST), whatever the reader's own zone. */
export function formatChallengeTime(iso: string | null | undefined, locale: string): string {
  if (!iso || Number.isNaN(new Date(iso).getTime())) return '';
  return formatCopenhagen(iso, (locale === 'en' ? 'en' : 'da') as Locale);
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale] ?? locale, options).format(value);
}

/** 1.2 MB, 340 kB: file sizes in binary units, as upload limits are counted. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, locale, { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}

/** Date formatting in the current UI language. */
export function useFormat() {
  const { locale } = useI18n();
  return {
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, locale.value),
    challengeTime: (iso: string | null | undefined) => formatChallengeTime(iso, locale.value),
    number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, locale.value, options),
    bytes: (value: number) => formatBytes(value, locale.value),
  };
}
