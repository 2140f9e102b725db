// Country names in the reader's language from the browser's own data (Intl), sorted by name.
const INTL_LOCALE: Record<string, string> = { da: 'da-DK', en: 'en-GB' };

export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([INTL_LOCALE[locale] ?? locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryOptions(codes: readonly string[], locale: string): { value: string; label: string }[] {
  const collator = new Intl.Collator(INTL_LOCALE[locale] ?? locale);
  return codes.map((code) => ({ value: code, label: countryName(code, locale) })).toSorted((a, b) => collator.compare(a.label, b.label));
}
