// PEP 440 version parsing and ordering, as pip and the OSV PyPI ecosystem use it: epochs,
// release segments, pre-, post- and dev-releases and local versions, with the spec's
// normalisations (alpha → a, c/pre/preview → rc, rev/r → post, "1.0-1" → post-release 1).

export interface Pep440Version {
  epoch: string;
  release: string[];
  pre: { label: 'a' | 'b' | 'rc'; number: string } | null;
  post: string | null;
  dev: string | null;
  local: string[] | null;
}

// PEP 440, appendix B (the canonical pattern, case-insensitive); inputs are capped in length.
const VERSION =
  /^\s*v?(?:(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?)(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;
const MAX_LENGTH = 128;

function trimZeros(digits: string): string {
  const trimmed = digits.replace(/^0+/, '');
  return trimmed === '' ? '0' : trimmed;
}

export function parsePep440(text: string): Pep440Version | null {
  if (text.length > MAX_LENGTH) return null;
  const m = VERSION.exec(text);
  if (!m) return null;
  const [, epoch, release, preLabel, preNumber, postImplicit, postLabel, postNumber, devLabel, devNumber, local] = m;
  const labels: Record<string, 'a' | 'b' | 'rc'> = { a: 'a', alpha: 'a', b: 'b', beta: 'b', c: 'rc', rc: 'rc', pre: 'rc', preview: 'rc' };
  return {
    epoch: trimZeros(epoch ?? '0'),
    release: release!.split('.').map(trimZeros),
    pre: preLabel ? { label: labels[preLabel.toLowerCase()]!, number: trimZeros(preNumber ?? '0') } : null,
    post: postImplicit !== undefined ? trimZeros(postImplicit) : postLabel ? trimZeros(postNumber ?? '0') : null,
    dev: devLabel ? trimZeros(devNumber ?? '0') : null,
    local: local ? local.toLowerCase().split(/[-_.]/).map((part) => (/^\d+$/.test(part) ? trimZeros(part) : part)) : null,
  };
}

/** Compares two digit strings without leading zeros as numbers of any size. */
function compareDigits(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareRelease(a: string[], b: string[]): number {
  // Trailing zeros do not count: 1.0 == 1.0.0.
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const c = compareDigits(a[i] ?? '0', b[i] ?? '0');
    if (c) return c;
  }
  return 0;
}

const PRE_ORDER = { a: 0, b: 1, rc: 2 } as const;

/**
 * Ranks the pre-release part: a dev-release of a final version (1.0.dev1) sorts before every
 * pre-release of it, a final version after all of them.
 */
function preRank(v: Pep440Version): [number, string] {
  if (!v.pre && !v.post && v.dev !== null) return [-1, '0'];
  if (!v.pre) return [3, '0'];
  return [PRE_ORDER[v.pre.label], v.pre.number];
}

function compareOptional(a: string | null, b: string | null, absent: 'low' | 'high'): number {
  if (a === b) return 0;
  if (a === null) return absent === 'low' ? -1 : 1;
  if (b === null) return absent === 'low' ? 1 : -1;
  return compareDigits(a, b);
}

function compareLocal(a: string[] | null, b: string[] | null): number {
  if (!a || !b) return a === b ? 0 : a ? 1 : -1;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const xNumeric = /^\d+$/.test(x);
    const yNumeric = /^\d+$/.test(y);
    // Numeric segments sort above alphanumeric ones; alphanumerics compare as strings.
    if (xNumeric !== yNumeric) return xNumeric ? 1 : -1;
    const c = xNumeric ? compareDigits(x, y) : x < y ? -1 : x > y ? 1 : 0;
    if (c) return c;
  }
  return 0;
}

export function comparePep440Versions(a: Pep440Version, b: Pep440Version): number {
  const [aPre, aPreNumber] = preRank(a);
  const [bPre, bPreNumber] = preRank(b);
  return (
    compareDigits(a.epoch, b.epoch) ||
    compareRelease(a.release, b.release) ||
    Math.sign(aPre - bPre) ||
    compareDigits(aPreNumber, bPreNumber) ||
    compareOptional(a.post, b.post, 'low') ||
    compareOptional(a.dev, b.dev, 'high') ||
    compareLocal(a.local, b.local)
  );
}

/** -1, 0 or 1 as `a` sorts before, equal to or after `b`; null if either is not a PEP 440 version. */
export function comparePep440(a: string, b: string): number | null {
  const x = parsePep440(a);
  const y = parsePep440(b);
  return x && y ? comparePep440Versions(x, y) : null;
}

/** PEP 503 normalised project name: lower case, runs of "-", "_" and "." become one "-". */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
