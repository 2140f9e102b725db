import { compareStrings } from './compare-strings.js';
import { seededRandom, shuffled } from './seeded-random.js';

export const DEFAULT_JURORS_PER_ENTRY = 3;

export interface Conflict {
  jurorId: string;
  entryId: string;
}

export interface AssignmentInput {
  entryIds: readonly string[];
  jurorIds: readonly string[];
  conflicts: readonly Conflict[];
  /** k: jurors per entry. */
  perEntry: number;
  /** Recorded in the audit trail; the same seed and inputs always give the same assignment. */
  seed: string;
}

export interface EntryAssignment {
  entryId: string;
  jurorIds: string[];
}

export interface InfeasibleEntry {
  entryId: string;
  needed: number;
  /** Jurors without a conflict for this entry; all of them were assigned. */
  available: number;
}

export interface AssignmentResult {
  /** Sorted by entry id; each entry's jurors sorted by id. */
  assignments: EntryAssignment[];
  /** Entries per juror, every juror listed. */
  loads: Record<string, number>;
  infeasible: InfeasibleEntry[];
  seed: string;
}

/**
 * Gives each entry k jurors, never a conflicted one, with loads as even as the conflicts allow
 * (max − min ≤ 1 whenever that is possible). Deterministic for a seed and independent of the
 * order of the inputs (they are sorted first). An entry with fewer than k unconflicted jurors
 * gets all of them and is reported, not thrown on.
 *
 * Greedy first (most constrained entry first, least loaded jurors, seeded tie-breaks), then
 * rebalanced by moving assignments along paths from a juror with load L to one with load ≤ L − 2.
 * When no such path exists the load vector is the most even one possible: it is the
 * decreasingly-minimal base of the assignment polymatroid, which also minimises max − min.
 */
export function assignJurors(input: AssignmentInput): AssignmentResult {
  const entryIds = [...new Set(input.entryIds)].sort(compareStrings);
  const jurorIds = [...new Set(input.jurorIds)].sort(compareStrings);
  if (!Number.isInteger(input.perEntry) || input.perEntry < 1) throw new RangeError('perEntry must be a positive integer');
  const jurorCount = jurorIds.length;
  const entryIndex = new Map(entryIds.map((id, e) => [id, e]));
  const jurorIndex = new Map(jurorIds.map((id, j) => [id, j]));
  const conflicted = new Set<number>();
  for (const c of input.conflicts) {
    const e = entryIndex.get(c.entryId);
    const j = jurorIndex.get(c.jurorId);
    if (e !== undefined && j !== undefined) conflicted.add(e * jurorCount + j);
  }
  const eligible = (e: number, j: number) => !conflicted.has(e * jurorCount + j);

  const random = seededRandom(input.seed);
  const available = entryIds.map((_, e) => jurorIds.filter((_, j) => eligible(e, j)).length);
  const order = shuffled(
    entryIds.map((_, e) => e),
    random,
  ).sort((a, b) => available[a] - available[b]);

  const loads = new Int32Array(jurorCount);
  const panels: Set<number>[] = entryIds.map(() => new Set<number>());
  const entriesOf: Set<number>[] = jurorIds.map(() => new Set<number>());
  const infeasible: InfeasibleEntry[] = [];
  for (const e of order) {
    const tieBreak = jurorIds.map(() => random());
    const candidates = jurorIds
      .map((_, j) => j)
      .filter((j) => eligible(e, j))
      .sort((a, b) => loads[a] - loads[b] || tieBreak[a] - tieBreak[b] || a - b);
    for (const j of candidates.slice(0, input.perEntry)) {
      panels[e].add(j);
      entriesOf[j].add(e);
      loads[j]++;
    }
    if (candidates.length < input.perEntry) {
      infeasible.push({ entryId: entryIds[e], needed: input.perEntry, available: candidates.length });
    }
  }

  rebalance(loads, panels, entriesOf, eligible);

  return {
    assignments: entryIds.map((entryId, e) => ({
      entryId,
      jurorIds: [...panels[e]].sort((a, b) => a - b).map((j) => jurorIds[j]),
    })),
    loads: Object.fromEntries(jurorIds.map((id, j) => [id, loads[j]])),
    infeasible: infeasible.sort((a, b) => compareStrings(a.entryId, b.entryId)),
    seed: input.seed,
  };
}

function rebalance(loads: Int32Array, panels: Set<number>[], entriesOf: Set<number>[], eligible: (e: number, j: number) => boolean): void {
  const jurorCount = loads.length;
  if (jurorCount < 2) return;
  for (;;) {
    const max = Math.max(...loads);
    const min = Math.min(...loads);
    if (max - min <= 1) return;
    let moved = false;
    for (let level = max; level >= min + 2 && !moved; level--) {
      moved = shiftAlongPath(level, loads, panels, entriesOf, eligible);
    }
    if (!moved) return;
  }
}

/**
 * Breadth-first search from every juror with load ≥ level for a juror with load ≤ level − 2,
 * where each step hands one entry from a juror to another who may take it (not conflicted, not
 * already on that entry). Applies the first path found; intermediate loads stay the same.
 */
function shiftAlongPath(
  level: number,
  loads: Int32Array,
  panels: Set<number>[],
  entriesOf: Set<number>[],
  eligible: (e: number, j: number) => boolean,
): boolean {
  const jurorCount = loads.length;
  const via = new Int32Array(jurorCount).fill(-1); // entry handed to this juror
  const from = new Int32Array(jurorCount).fill(-1); // juror who handed it
  const visited = new Uint8Array(jurorCount);
  const queue: number[] = [];
  for (let j = 0; j < jurorCount; j++) {
    if (loads[j] >= level) {
      visited[j] = 1;
      queue.push(j);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (const e of entriesOf[u]) {
      for (let v = 0; v < jurorCount; v++) {
        if (visited[v] || panels[e].has(v) || !eligible(e, v)) continue;
        visited[v] = 1;
        via[v] = e;
        from[v] = u;
        if (loads[v] <= level - 2) {
          for (let w = v; from[w] !== -1; w = from[w]) move(via[w], from[w], w, panels, entriesOf);
          loads[v]++;
          let source = v;
          while (from[source] !== -1) source = from[source];
          loads[source]--;
          return true;
        }
        queue.push(v);
      }
    }
  }
  return false;
}

function move(entry: number, fromJuror: number, toJuror: number, panels: Set<number>[], entriesOf: Set<number>[]): void {
  panels[entry].delete(fromJuror);
  panels[entry].add(toJuror);
  entriesOf[fromJuror].delete(entry);
  entriesOf[toJuror].add(entry);
}
