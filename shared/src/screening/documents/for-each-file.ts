import type { ScreeningLimits } from '../ruleset-types.js';
import { detectType, type DocumentType } from './detect-type.js';
import { expandZipEntry, type ExpansionBudget } from './expand-zip-entry.js';
import { inspectZip, isBlocking } from './inspect-zip.js';
import type { ZipEntry } from './read-zip-directory.js';

/** One file inside a document: the document itself, or a file inside a ZIP archive. */
export interface FileLeaf {
  /** "" for the document itself, else the path inside the archive ("docs/a.pdf"). */
  path: string;
  bytes: Uint8Array;
  type: DocumentType;
  /** For Office files: the listing of the package. */
  entries?: ZipEntry[];
}

export interface WalkState {
  limits: ScreeningLimits;
  budget: ExpansionBudget;
  problems: string[];
}

const ZIP_FAMILY: readonly DocumentType[] = ['zip', 'docx', 'xlsx', 'pptx'];

export function newWalkState(limits: ScreeningLimits): WalkState {
  return { limits, budget: { remaining: limits.maxExpandedBytes }, problems: [] };
}

/**
 * Visits every file of a document, opening ZIP archives (never Office packages, which are
 * leaves) only after their inspection finds no zip-bomb sign, and expanding within the budget.
 * `visit` returns false to stop the walk.
 */
export function forEachFile(bytes: Uint8Array, state: WalkState, visit: (leaf: FileLeaf) => boolean): void {
  walk(bytes, '', 1, state, visit);
}

function walk(bytes: Uint8Array, path: string, depth: number, state: WalkState, visit: (leaf: FileLeaf) => boolean): boolean {
  const type = detectType(bytes);
  if (!ZIP_FAMILY.includes(type)) return visit({ path, bytes, type });
  const where = path ? `"${path}": ` : '';
  if (depth > state.limits.maxNestingDepth) {
    state.problems.push(`${where}archive nested deeper than ${state.limits.maxNestingDepth} levels was not opened`);
    return true;
  }
  const inspection = inspectZip(bytes, state.limits);
  const blocking = inspection.problems.filter(isBlocking);
  if (blocking.length) {
    const details = blocking.slice(0, 3).map((problem) => `${problem.kind}${problem.entry ? ` (${problem.entry})` : ''}: ${problem.detail}`);
    state.problems.push(`${where}archive not expanded: ${details.join('; ')}`);
    return true;
  }
  if (type !== 'zip') return visit({ path, bytes, type, entries: inspection.entries });
  const files = inspection.entries
    .filter((entry) => !entry.directory)
    .toSorted((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  for (const entry of files) {
    const inner = path ? `${path}/${entry.name}` : entry.name;
    const expanded = expandZipEntry(bytes, entry, state.budget);
    if (!expanded.ok) {
      state.problems.push(`"${inner}": ${expanded.problem}`);
      if (expanded.kind === 'limit') return false;
      continue;
    }
    if (!walk(expanded.data, inner, depth + 1, state, visit)) return false;
  }
  return true;
}
