// After the retention period an entry that did not win keeps what the procurement file needs
// (company, price, scores) but loses the personal data in its form: names, e-mail addresses and
// phone numbers of people. These paths are anonymised in the stored entry and its revisions, so
// every later read (screens, exports) sees the anonymised form.

export const REDACTED = '[anonymised]';

const PERSONAL_KEYS = /^(name|e-?mail|phone|telephone|mobile)$/i;
const CONTACT_KEYS = /^(e-?mail|phone|telephone|mobile)$/i;

/** Paths (dot-separated) of personal data in an entry's form content. */
export function personalDataPaths(content: unknown, prefix = ''): string[] {
  if (Array.isArray(content)) return content.flatMap((item, i) => personalDataPaths(item, `${prefix}${i}.`));
  if (content === null || typeof content !== 'object') return [];
  const paths: string[] = [];
  for (const [key, value] of Object.entries(content)) {
    const path = `${prefix}${key}`;
    // Names only count inside team member lists: a solution's "name" is not personal data.
    const inTeam = prefix.includes('teamMembers.');
    if (typeof value === 'string' && value && value !== REDACTED && (inTeam ? PERSONAL_KEYS : CONTACT_KEYS).test(key)) paths.push(path);
    else paths.push(...personalDataPaths(value, `${path}.`));
  }
  return paths;
}

/** A copy of the content with every personal-data path replaced by REDACTED. */
export function redactPaths(content: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(content)) as Record<string, unknown>;
  for (const path of paths) {
    const segments = path.split('.');
    let node: unknown = copy;
    for (const segment of segments.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    const last = segments.at(-1)!;
    if (node && typeof node === 'object' && last in node) (node as Record<string, unknown>)[last] = REDACTED;
  }
  return copy;
}

/** The content with all its personal data anonymised, and the paths that were. */
export function anonymiseContent(content: Record<string, unknown>): { content: Record<string, unknown>; paths: string[] } {
  const paths = personalDataPaths(content);
  return { content: paths.length ? redactPaths(content, paths) : content, paths };
}
