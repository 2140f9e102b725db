import { normalizePypiName } from './pep440.js';

/** A package URL (purl spec): pkg:type/namespace/name@version?qualifiers#subpath. */
export interface PackageUrl {
  type: string;
  namespace: string | null;
  name: string;
  version: string | null;
  qualifiers: Record<string, string>;
  subpath: string | null;
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Parses a purl, percent-decoding its parts; null when it is not one. */
export function parsePurl(text: string): PackageUrl | null {
  let rest = text.trim();
  if (!/^pkg:/i.test(rest)) return null;
  rest = rest.slice(4).replace(/^\/+/, '');
  let subpath: string | null = null;
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    subpath = decode(rest.slice(hash + 1).replace(/^\/+|\/+$/g, ''));
    rest = rest.slice(0, hash);
  }
  const qualifiers: Record<string, string> = {};
  const question = rest.indexOf('?');
  if (question >= 0) {
    for (const pair of rest.slice(question + 1).split('&')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const value = decode(pair.slice(eq + 1));
      if (value) qualifiers[pair.slice(0, eq).toLowerCase()] = value;
    }
    rest = rest.slice(0, question);
  }
  const segments = rest.replace(/\/+$/, '').split('/');
  if (segments.length < 2) return null;
  const type = segments[0]!.toLowerCase();
  if (!/^[a-z.+-][a-z0-9.+-]*$/.test(type)) return null;
  // The version follows the last "@" of the last segment, so an unencoded "@scope" namespace
  // in an earlier segment does not confuse it.
  const last = segments[segments.length - 1]!;
  const at = last.lastIndexOf('@');
  const rawName = at > 0 ? last.slice(0, at) : last;
  const rawVersion = at > 0 ? last.slice(at + 1) : null;
  const name = decode(rawName);
  const version = rawVersion === null ? null : decode(rawVersion);
  const namespaceParts = segments.slice(1, -1).map(decode);
  if (!name || namespaceParts.some((part) => part === null)) return null;
  return {
    type,
    namespace: namespaceParts.length ? namespaceParts.join('/') : null,
    name,
    version: version || null,
    qualifiers,
    subpath,
  };
}

export type MatchableEcosystem = 'npm' | 'PyPI';

/** The ecosystem and package name to look advisories up by, for the ecosystems we match. */
export function purlPackage(purl: PackageUrl): { ecosystem: MatchableEcosystem; name: string } | null {
  if (purl.type === 'npm') {
    const name = purl.namespace ? `${purl.namespace}/${purl.name}` : purl.name;
    return { ecosystem: 'npm', name: name.toLowerCase() };
  }
  if (purl.type === 'pypi') return { ecosystem: 'PyPI', name: normalizePypiName(purl.name) };
  return null;
}
