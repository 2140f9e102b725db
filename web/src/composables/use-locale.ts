import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { type Locale, rememberLocale } from '../i18n/index.js';
import { useSessionStore } from '../stores/session.js';

/** The UI language: switching remembers it in this browser and, when signed in, in the profile. */
export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' });
  const session = useSessionStore();

  async function setLocale(next: Locale): Promise<void> {
    locale.value = next;
    rememberLocale(next);
    if (session.user && session.user.locale !== next) {
      try {
        await session.updateProfile({ locale: next });
      } catch {
        // The page has switched already; the profile keeps the old choice until the next switch.
      }
    }
  }

  return { locale: computed(() => locale.value as Locale), setLocale };
}
