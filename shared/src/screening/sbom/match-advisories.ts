import semver from 'semver';
import { ADVISORY_DATABASE, type Advisory, type AdvisoryDatabase, type AdvisoryRange, type RangeEvent } from './advisory-data.js';
import { parsePurl, purlPackage, type MatchableEcosystem } from './parse-purl.js';
import type { SbomComponent } from './parse-sbom.js';
import { comparePep440, normalizePypiName } from './pep440.js';

export type AdvisoryIndex = ReadonlyMap<string, readonly Advisory[]>;

const SEMVER_OPTIONS = { loose: true, includePrerelease: true } as const;

function key(ecosystem: MatchableEcosystem, name: string): string {
  return `${ecosystem}:${name}`;
}

export function buildAdvisoryIndex(database: AdvisoryDatabase): AdvisoryIndex {
  const index = new Map<string, Advisory[]>();
  for (const advisory of database.advisories) {
    const k = key(advisory.ecosystem, advisory.package);
    const list = index.get(k);
    if (list) list.push(advisory);
    else index.set(k, [advisory]);
  }
  return index;
}

let shippedIndex: AdvisoryIndex | null = null;
/** The index of the shipped advisory data, built on first use. */
export function shippedAdvisoryIndex(): AdvisoryIndex {
  shippedIndex ??= buildAdvisoryIndex(ADVISORY_DATABASE);
  return shippedIndex;
}

/** Compares two versions in an ecosystem's order; null when either cannot be read. */
export function compareVersions(ecosystem: MatchableEcosystem, a: string, b: string): number | null {
  if (ecosystem === 'PyPI') return comparePep440(a, b);
  const x = semver.valid(a, { loose: true });
  const y = semver.valid(b, { loose: true });
  return x && y ? semver.compare(x, y, { loose: true }) : null;
}

function eventVersion(event: RangeEvent): string {
  return 'introduced' in event ? event.introduced : 'fixed' in event ? event.fixed : event.lastAffected;
}

/**
 * OSV's evaluation of an ECOSYSTEM range: walk the events in version order; an "introduced" at
 * or below the version turns "affected" on, a "fixed" at or below (or a "last_affected" below)
 * turns it off. "introduced: 0" means from the first version.
 */
function inEventRange(ecosystem: MatchableEcosystem, version: string, events: readonly RangeEvent[]): boolean | null {
  const parsed: { event: RangeEvent; version: string }[] = [];
  for (const event of events) {
    const v = eventVersion(event);
    if ('introduced' in event && v === '0') {
      parsed.push({ event, version: v });
      continue;
    }
    if (compareVersions(ecosystem, v, v) === null) return null;
    parsed.push({ event, version: v });
  }
  const order = (a: string, b: string): number => (a === '0' ? (b === '0' ? 0 : -1) : b === '0' ? 1 : compareVersions(ecosystem, a, b)!);
  parsed.sort((a, b) => order(a.version, b.version));
  let affected = false;
  for (const { event, version: at } of parsed) {
    const c = at === '0' ? 1 : compareVersions(ecosystem, version, at)!;
    if ('introduced' in event) {
      if (c >= 0) affected = true;
    } else if ('fixed' in event) {
      if (c >= 0) affected = false;
    } else if (c > 0) affected = false;
  }
  return affected;
}

/** Whether `version` falls in the range; null when the version cannot be compared. */
export function versionInRange(ecosystem: MatchableEcosystem, version: string, range: AdvisoryRange): boolean | null {
  switch (range.type) {
    case 'semver': {
      if (!semver.valid(version, { loose: true })) return null;
      if (!semver.satisfies(version, range.vulnerable, SEMVER_OPTIONS)) return false;
      // A patched range that covers the version overrides a sloppy vulnerable range.
      return !(range.patched && semver.satisfies(version, range.patched, SEMVER_OPTIONS));
    }
    case 'versions':
      return range.versions.some((listed) => listed === version || compareVersions(ecosystem, listed, version) === 0);
    case 'ecosystem':
      if (compareVersions(ecosystem, version, version) === null) return null;
      return inEventRange(ecosystem, version, range.events);
  }
}

export interface ComponentMatch {
  component: SbomComponent;
  ecosystem: MatchableEcosystem;
  package: string;
  version: string;
  advisories: Advisory[];
}

export type ComponentCheck =
  | { status: 'checked'; match: ComponentMatch | null }
  /** No version, an ecosystem without advisory data, or a version that cannot be compared. */
  | { status: 'unchecked'; reason: 'no-version' | 'unsupported-ecosystem' | 'unreadable-version' };

/**
 * Looks a component up by its purl (ecosystem and name), or, without a purl, by name in both
 * ecosystems, and returns the advisories whose ranges contain its version.
 */
export function checkComponent(component: SbomComponent, index: AdvisoryIndex = shippedAdvisoryIndex()): ComponentCheck {
  const purl = component.purl ? parsePurl(component.purl) : null;
  let candidates: { ecosystem: MatchableEcosystem; name: string }[];
  let version = component.version;
  if (purl) {
    const found = purlPackage(purl);
    if (!found) return { status: 'unchecked', reason: 'unsupported-ecosystem' };
    candidates = [found];
    version = purl.version ?? component.version;
  } else {
    candidates = [
      { ecosystem: 'npm', name: component.name.toLowerCase() },
      { ecosystem: 'PyPI', name: normalizePypiName(component.name) },
    ];
  }
  if (!version) return { status: 'unchecked', reason: 'no-version' };
  let comparable = false;
  for (const candidate of candidates) {
    const advisories = index.get(key(candidate.ecosystem, candidate.name)) ?? [];
    const hits: Advisory[] = [];
    for (const advisory of advisories) {
      const results = advisory.ranges.map((range) => versionInRange(candidate.ecosystem, version!, range));
      if (results.some((result) => result !== null)) comparable = true;
      if (results.some((result) => result === true)) hits.push(advisory);
    }
    if (advisories.length === 0) comparable = true;
    if (hits.length) return { status: 'checked', match: { component, ...candidate, package: candidate.name, version, advisories: hits } };
  }
  return comparable ? { status: 'checked', match: null } : { status: 'unchecked', reason: 'unreadable-version' };
}

const SEVERITY_ORDER = ['none', 'low', 'unknown', 'medium', 'high', 'critical'] as const;

/** The worst severity among advisories; "unknown" ranks between low and medium. */
export function worstSeverity(advisories: readonly Advisory[]): Advisory['severity'] {
  let worst: Advisory['severity'] = 'none';
  for (const advisory of advisories) {
    if (SEVERITY_ORDER.indexOf(advisory.severity) > SEVERITY_ORDER.indexOf(worst)) worst = advisory.severity;
  }
  return worst;
}
