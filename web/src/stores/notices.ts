import { ref } from 'vue';
import { defineStore } from 'pinia';

export type NoticeTone = 'success' | 'info' | 'warning' | 'error';

export interface Notice {
  tone: NoticeTone;
  /** i18n key, translated when shown so a language switch changes it too. */
  key: string;
  params?: Record<string, string | number>;
}

/**
 * One-off messages that survive a navigation ("Your account has been created"): a page calls
 * flash() before it navigates, and the layout shows the notice on the next page only.
 */
export const useNoticesStore = defineStore('notices', () => {
  const current = ref<Notice | null>(null);
  const pending = ref<Notice | null>(null);

  function flash(notice: Notice): void {
    pending.value = notice;
  }

  /** Called by the router after each page change. */
  function advance(): void {
    current.value = pending.value;
    pending.value = null;
  }

  function dismiss(): void {
    current.value = null;
  }

  return { current, pending, flash, advance, dismiss };
});
