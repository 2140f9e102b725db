import { type MaybeRefOrGetter, toValue, watchEffect } from 'vue';

const SITE_NAME = 'Fairpitch';

export function formatPageTitle(...parts: string[]): string {
  return [...parts.filter(Boolean), SITE_NAME].join(' – ');
}

/** Sets document.title from the page's own heading; reruns when the text (or language) changes. */
export function usePageTitle(...parts: MaybeRefOrGetter<string>[]): void {
  watchEffect(() => {
    document.title = formatPageTitle(...parts.map((part) => toValue(part)));
  });
}
