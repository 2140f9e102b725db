// After the retention period an entry that did not win keeps what the procurement file needs
// (company, price, scores) but loses the personal data in its form: names, e-mail addresses and
// phone numbers of people. The stored revision is immutable evidence, so this runs when the
// content is read for export, driven by the entry_retention record.

export const REDACTED = '[anonymised]';

const PERSONAL_KEYS = /^(name|e-?mail|phone|telephone|mobile)$/i;

/** Paths (dot-separated) of personal data in an entry's form content. */
export function personalDataPaths(content: unknown, prefix = ''): string[] {
  if (Array.isArray(content)) return content.flatMap((item, i) => personalDataPaths(item, `${prefix}${i}.`));
  if (content === null || typeof content !== 'object') return [];
  const paths: string[] = [];
  for (const [key, value] of Object.entries(content)) {
    const path = `${prefix}${key}`;
    // Names only count inside team member lists: a solution's "name" is not personal data.
    const inTeam = prefix.includes('teamMembers.');
    if (typeof value === 'string' && value && (inTeam ? PERSONAL_KEYS.test(key) : /^(e-?mail|phone|telephone|mobile)$/i.test(key))) paths.push(path);
    else paths.push(...personalDataPaths(value, `${path}.`));
  }
  return paths;
}

/** A copy of the content with every personal-data path replaced by REDACTED. */
export function redactPaths(content: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(content);
  for (const path of paths) {
    const segments = path.split('.');
    let node: unknown = copy;
    for (const segment of segments.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    const last = segments.at(-1)!;
    if (node && typeof node === 'object' && last in node) (node as Record<string, unknown>)[last] = REDACTED;
  }
  return copy;
}
