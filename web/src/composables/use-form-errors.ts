import { reactive, ref } from 'vue';
import { isApiError } from '../api/client.js';
import { useErrorText } from './use-error-text.js';

/**
 * The error state every form shares: one summary (shown in an alert) and messages per field
 * (shown by FormField). `fail` takes whatever a submit threw, server field errors included.
 */
export function useFormErrors<Field extends string = string>() {
  const errorText = useErrorText();
  const summary = ref('');
  const fields = ref<Partial<Record<Field, string>>>({});

  function reset(): void {
    summary.value = '';
    fields.value = {};
  }

  /** Client-side findings; returns true when there were none. */
  function check(found: Partial<Record<Field, string>>, summaryText: string): boolean {
    const clean = Object.fromEntries(Object.entries(found).filter(([, v]) => Boolean(v))) as Partial<Record<Field, string>>;
    fields.value = clean;
    summary.value = Object.keys(clean).length ? summaryText : '';
    return !summary.value;
  }

  function fail(error: unknown): void {
    fields.value = isApiError(error) ? (error.fieldMessages() as Partial<Record<Field, string>>) : {};
    summary.value = errorText(error);
  }

  // reactive() so templates read errors.summary and errors.fields.email without .value.
  return reactive({ summary, fields, reset, check, fail });
}
