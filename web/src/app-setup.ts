import { watch } from 'vue';
import type { Pinia } from 'pinia';
import { configureApiClient } from './api/client.js';
import { type AppI18n, applyDocumentLocale, isLocale, storedLocale } from './i18n/index.js';
import type { AppRouter } from './router/index.js';
import { useNoticesStore } from './stores/notices.js';
import { useSessionStore } from './stores/session.js';

/**
 * Ties the plugins together: <html lang> and the API's Accept-Language follow the UI language,
 * a lost session sends the reader to sign in again, and a profile language applies when this
 * browser has no choice of its own. Shared by main.ts and the component tests.
 */
export function wireApp({ i18n, pinia, router }: { i18n: AppI18n; pinia: Pinia; router: AppRouter }): () => void {
  const locale = i18n.global.locale;
  const session = useSessionStore(pinia);

  const stopLang = watch(locale, applyDocumentLocale, { immediate: true });
  configureApiClient({
    locale: () => locale.value,
    onSessionLost: () => {
      if (!session.user) return;
      session.forget();
      useNoticesStore(pinia).flash({ tone: 'warning', key: 'errors.sessionExpired' });
      void router.push({ name: 'login', query: { next: router.currentRoute.value.fullPath } });
    },
  });
  const stopProfile = watch(
    () => session.user?.locale,
    (profileLocale) => {
      if (isLocale(profileLocale) && !storedLocale()) locale.value = profileLocale;
    },
  );
  return () => {
    stopLang();
    stopProfile();
  };
}
