import { useI18n } from 'vue-i18n';
import { isApiError } from '../api/client.js';

/** Turns any thrown error into a sentence for the reader; the server's message is already localised. */
export function useErrorText() {
  const { t } = useI18n();
  return (error: unknown): string => {
    if (isApiError(error)) {
      if (error.isNetworkError) return t('errors.network');
      if (error.message) return error.message;
    }
    return t('errors.unexpected');
  };
}
