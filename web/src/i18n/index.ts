import { createI18n } from 'vue-i18n';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@fairpitch/shared/common';
import { da, type MessageSchema } from './da.js';
import { en } from './en.js';

export type { Locale };
export { LOCALES };

const STORAGE_KEY = 'fairpitch.locale';

/** Names of the languages in their own language, so a reader finds theirs whatever is shown. */
export const LOCALE_NAMES: Record<Locale, string> = { da: 'Dansk', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language chosen earlier in this browser, if any. */
export function storedLocale(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage can be blocked (private mode, strict settings)
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering is acceptable; the page still switches.
  }
}

export function createAppI18n(locale: Locale = storedLocale() ?? DEFAULT_LOCALE) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { da, en },
    missingWarn: false,
    fallbackWarn: false,
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** Keeps <html lang> in step with the UI language, for screen readers and hyphenation. */
export function applyDocumentLocale(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
