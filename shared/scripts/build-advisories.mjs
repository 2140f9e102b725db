#!/usr/bin/env node
// Builds the compact advisory data file the SBOM screening matches components against.
//
//   node shared/scripts/build-advisories.mjs --npm <file.jsonl> --osv <file-or-dir> --out <path>
//     [--source "text"] [--checked YYYY-MM-DD]
//
// --npm  Node.js Security Working Group advisories, one JSON record a line (`vulnerable_versions`
//        and `patched_versions` as npm semver ranges, `cvss_score`, `cvss_vector`). Repeatable.
// --osv  OSV records: a .jsonl file (one record a line), a .json file (one record or an array),
//        a directory of *.json files (searched recursively), or a .zip of them (a full OSV
//        export of an ecosystem, "all.zip"). Records for npm and PyPI are kept. Repeatable.
// --out  Where to write the JSON (the project's copy is shared/src/screening/sbom/advisories.json).
//
// Plain Node.js (no TypeScript) so operators can refresh the data with nothing but `node`.
// The output is deterministic: the same inputs always give the same bytes. The shipped file was
// made from the advisory databases' snapshots with
//   --npm npm-nodejs-security-wg.jsonl --osv pypi-osv.jsonl --checked 2026-11-27 --source "<the
//   "source" text in advisories.json>"
// After a refresh, bump RULESET_VERSION: reports record which data they were screened with.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import semver from 'semver';

const ECOSYSTEMS = new Set(['npm', 'PyPI']);
const SUMMARY_MAX = 300;

function parseArgs(argv) {
  const args = { npm: [], osv: [], out: null, source: null, checked: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (!['--npm', '--osv', '--out', '--source', '--checked'].includes(flag) || value === undefined) {
      throw new Error(`unknown or incomplete argument: ${flag}`);
    }
    i += 1;
    if (flag === '--npm') args.npm.push(value);
    else if (flag === '--osv') args.osv.push(value);
    else args[flag.slice(2)] = value;
  }
  if (!args.out || (args.npm.length === 0 && args.osv.length === 0)) {
    throw new Error('usage: build-advisories.mjs --npm <file.jsonl> --osv <file-or-dir> --out <path> [--source text] [--checked YYYY-MM-DD]');
  }
  return args;
}

function readJsonLines(text, origin) {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1])
    .filter(([line]) => line)
    .map(([line, number]) => {
      try {
        return JSON.parse(line);
      } catch (error) {
        throw new Error(`${origin}:${number}: ${error.message}`, { cause: error });
      }
    });
}

function readJsonRecords(text, origin) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${origin}: ${error.message}`, { cause: error });
  }
  return Array.isArray(parsed) ? parsed : [parsed];
}

function listJsonFiles(dir) {
  const files = [];
  for (const name of readdirSync(dir).toSorted()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...listJsonFiles(path));
    else if (name.endsWith('.json')) files.push(path);
  }
  return files;
}

function readOsvInput(input) {
  if (statSync(input).isDirectory()) {
    return listJsonFiles(input).flatMap((file) => readJsonRecords(readFileSync(file, 'utf8'), file));
  }
  const ext = extname(input).toLowerCase();
  if (ext === '.zip') {
    const files = unzipSync(readFileSync(input), { filter: (file) => file.name.endsWith('.json') });
    return Object.keys(files)
      .toSorted()
      .flatMap((name) => readJsonRecords(strFromU8(files[name]), `${input}:${name}`));
  }
  if (ext === '.jsonl' || ext === '.ndjson') return readJsonLines(readFileSync(input, 'utf8'), input);
  return readJsonRecords(readFileSync(input, 'utf8'), input);
}

/** PEP 503: lower case, runs of "-", "_" and "." become one "-". */
function normalisePypiName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function packageKey(ecosystem, name) {
  return ecosystem === 'PyPI' ? normalisePypiName(name) : name.toLowerCase();
}

// CVSS v3.x base score (FIRST CVSS v3.1 specification §7.1 and Appendix A for Roundup).
const CVSS3 = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 },
};

function roundUp(value) {
  const integer = Math.round(value * 100000);
  return integer % 10000 === 0 ? integer / 100000 : (Math.floor(integer / 10000) + 1) / 10;
}

export function cvss3BaseScore(vector) {
  if (typeof vector !== 'string' || !/^CVSS:3\.[01]\//.test(vector)) return null;
  const metrics = Object.fromEntries(
    vector
      .split('/')
      .slice(1)
      .map((part) => part.split(':')),
  );
  const scope = metrics.S;
  const av = CVSS3.AV[metrics.AV];
  const ac = CVSS3.AC[metrics.AC];
  const ui = CVSS3.UI[metrics.UI];
  const pr = { N: 0.85, L: scope === 'C' ? 0.68 : 0.62, H: scope === 'C' ? 0.5 : 0.27 }[metrics.PR];
  const [c, i, a] = [metrics.C, metrics.I, metrics.A].map((m) => CVSS3.CIA[m]);
  if ([av, ac, ui, pr, c, i, a].some((m) => m === undefined) || (scope !== 'U' && scope !== 'C')) return null;
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impact <= 0) return 0;
  return scope === 'U' ? roundUp(Math.min(impact + exploitability, 10)) : roundUp(Math.min(1.08 * (impact + exploitability), 10));
}

/** CVSS v3 qualitative rating (v3.1 specification §5). */
export function severityFromScore(score) {
  if (typeof score !== 'number' || Number.isNaN(score)) return 'unknown';
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'none';
}

// GitHub's advisory records in OSV carry a rating word when they have no CVSS v3 vector.
const RATING_WORDS = { CRITICAL: 'critical', HIGH: 'high', MODERATE: 'medium', MEDIUM: 'medium', LOW: 'low' };

function summaryOf(text) {
  const clean = String(text ?? '').replace(/\s+/g, ' ').trim();
  return clean.length > SUMMARY_MAX ? `${clean.slice(0, SUMMARY_MAX - 1)}…` : clean;
}

function fromNpm(record, warnings) {
  const name = record.package?.name;
  const vulnerable = record.vulnerable_versions;
  if (!name || typeof vulnerable !== 'string') {
    warnings.push(`${record.id}: no package or vulnerable_versions, skipped`);
    return null;
  }
  if (semver.validRange(vulnerable, { loose: true }) === null) {
    warnings.push(`${record.id}: vulnerable_versions "${vulnerable}" is not a semver range, skipped`);
    return null;
  }
  const range = { type: 'semver', vulnerable };
  if (typeof record.patched_versions === 'string' && semver.validRange(record.patched_versions, { loose: true }) !== null) {
    range.patched = record.patched_versions;
  }
  // The WG writes -1 for "not scored".
  const stated = typeof record.cvss_score === 'number' && record.cvss_score >= 0 && record.cvss_score <= 10 ? record.cvss_score : null;
  const score = stated ?? cvss3BaseScore(record.cvss_vector);
  const number = /^NSWG-ECO-(\d+)$/.exec(record.id)?.[1];
  return {
    id: record.id,
    aliases: (record.aliases ?? []).toSorted(),
    ecosystem: 'npm',
    package: packageKey('npm', name),
    ranges: [range],
    // The advisory's own score wins over one computed from its vector: a few WG records
    // disagree with their vector, and the report should quote what the advisory says.
    severity: severityFromScore(score),
    cvssScore: score ?? null,
    cvssVector: record.cvss_vector ?? null,
    summary: summaryOf(record.summary),
    url: record.references?.[0] ?? (number ? `https://github.com/nodejs/security-wg/blob/main/vuln/npm/${number}.json` : null),
  };
}

function osvSeverity(record, affected) {
  const vectors = [...(affected.severity ?? []), ...(record.severity ?? [])].filter((s) => s.type === 'CVSS_V3');
  const scores = vectors.map((s) => cvss3BaseScore(s.score)).filter((s) => s !== null);
  if (scores.length) {
    const score = Math.max(...scores);
    const vector = vectors.find((s) => cvss3BaseScore(s.score) === score).score;
    return { severity: severityFromScore(score), cvssScore: score, cvssVector: vector };
  }
  const word = String(record.database_specific?.severity ?? '').toUpperCase();
  return { severity: RATING_WORDS[word] ?? 'unknown', cvssScore: null, cvssVector: null };
}

function osvUrl(record) {
  const references = record.references ?? [];
  const byType = (type) => references.find((reference) => reference.type === type)?.url;
  return byType('ADVISORY') ?? byType('WEB') ?? references[0]?.url ?? null;
}

function osvRanges(affected) {
  const ranges = [];
  for (const range of affected.ranges ?? []) {
    // GIT ranges name commits, which an SBOM does not carry; SEMVER and ECOSYSTEM name versions.
    if (range.type !== 'ECOSYSTEM' && range.type !== 'SEMVER') continue;
    const events = (range.events ?? [])
      .map((event) => {
        if (event.introduced !== undefined) return { introduced: String(event.introduced) };
        if (event.fixed !== undefined) return { fixed: String(event.fixed) };
        if (event.last_affected !== undefined) return { lastAffected: String(event.last_affected) };
        return null; // "limit" events only bound git ranges
      })
      .filter(Boolean);
    if (events.length) ranges.push({ type: 'ecosystem', events });
  }
  // An explicit version list is only kept when there is no version range: OSV lists are
  // normally enumerated from the ranges, and keeping both would multiply the file's size.
  if (ranges.length === 0 && Array.isArray(affected.versions) && affected.versions.length) {
    ranges.push({ type: 'versions', versions: affected.versions.map(String) });
  }
  return ranges;
}

function fromOsv(record, warnings) {
  if (record.withdrawn) return [];
  const byPackage = new Map();
  for (const affected of record.affected ?? []) {
    const ecosystem = affected.package?.ecosystem;
    const name = affected.package?.name;
    if (!ECOSYSTEMS.has(ecosystem) || !name) continue;
    const ranges = osvRanges(affected);
    if (ranges.length === 0) {
      warnings.push(`${record.id}: ${ecosystem}/${name} has no version ranges, skipped`);
      continue;
    }
    const key = `${ecosystem}:${packageKey(ecosystem, name)}`;
    const existing = byPackage.get(key);
    if (existing) {
      existing.ranges.push(...ranges);
      continue;
    }
    byPackage.set(key, {
      id: record.id,
      aliases: [...new Set(record.aliases ?? [])].toSorted(),
      ecosystem,
      package: packageKey(ecosystem, name),
      ranges,
      ...osvSeverity(record, affected),
      summary: summaryOf(record.summary ?? record.details),
      url: osvUrl(record),
    });
  }
  return [...byPackage.values()];
}

function compareAdvisories(a, b) {
  return a.ecosystem.localeCompare(b.ecosystem, 'en') || a.package.localeCompare(b.package, 'en') || a.id.localeCompare(b.id, 'en', { numeric: true });
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const warnings = [];
  const advisories = [];
  for (const input of args.npm) {
    for (const record of readJsonLines(readFileSync(input, 'utf8'), input)) {
      const advisory = fromNpm(record, warnings);
      if (advisory) advisories.push(advisory);
    }
  }
  let skippedEcosystems = 0;
  for (const input of args.osv) {
    for (const record of readOsvInput(input)) {
      const converted = fromOsv(record, warnings);
      if (converted.length === 0 && !record.withdrawn) skippedEcosystems += 1;
      advisories.push(...converted);
    }
  }
  // The same advisory can arrive twice (e.g. from two exports); keep the first of each.
  const seen = new Set();
  const unique = advisories.toSorted(compareAdvisories).filter((advisory) => {
    const key = `${advisory.ecosystem}:${advisory.package}:${advisory.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const inputs = [...args.npm, ...args.osv].map((path) => basename(path)).join(', ');
  const counts = { npm: 0, PyPI: 0 };
  for (const advisory of unique) counts[advisory.ecosystem] += 1;
  const header = {
    source: args.source ?? `Built by build-advisories.mjs from: ${inputs}`,
    checked: args.checked ?? new Date().toISOString().slice(0, 10),
    counts,
  };
  const lines = unique.map((advisory) => `    ${JSON.stringify(advisory)}`);
  const headerText = JSON.stringify(header, null, 2).slice(0, -2);
  writeFileSync(args.out, `${headerText},\n  "advisories": [\n${lines.join(',\n')}\n  ]\n}\n`);
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  console.log(
    `wrote ${unique.length} advisories (npm ${counts.npm}, PyPI ${counts.PyPI}) to ${args.out}` +
      (skippedEcosystems ? `; ${skippedEcosystems} records gave no npm or PyPI advisory (other ecosystems, or no version ranges)` : ''),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    console.error(`build-advisories: ${error.message}`);
    process.exitCode = 1;
  }
}
