import { compareStrings } from './compare-strings.js';
import {
  CROWD_BT_ALPHA_PRIOR,
  CROWD_BT_BETA_PRIOR,
  CROWD_BT_EPSILON,
  CROWD_BT_MIN_VIEWS,
  CROWD_BT_MU_PRIOR,
  CROWD_BT_SIGMA_SQ_PRIOR,
  crowdBtUpdate,
  expectedInformationGain,
} from './crowd-bt.js';
import { rankByKeys } from './rank-by-keys.js';
import { shuffled } from './seeded-random.js';

// The state of a pairwise (expo) judging round, as plain JSON so the API can store it. Jurors
// walk from entry to entry: each comparison is "the entry you just saw" against "this one".

export interface CrowdBtEntryState {
  mu: number;
  sigmaSq: number;
  /** How many different jurors have seen the entry. */
  views: number;
  /** Inactive entries (withdrawn, absent from the expo) are never offered. */
  active: boolean;
}

export interface CrowdBtJurorState {
  alpha: number;
  beta: number;
  /** The entry the juror saw last; the next comparison is against it. */
  previous: string | null;
  /** Entries the juror has seen or skipped; never offered to them again. */
  seen: string[];
}

export interface CrowdBtState {
  entries: Record<string, CrowdBtEntryState>;
  jurors: Record<string, CrowdBtJurorState>;
}

export interface Comparison {
  jurorId: string;
  winnerId: string;
  loserId: string;
}

export function createCrowdBtState(entryIds: readonly string[], jurorIds: readonly string[]): CrowdBtState {
  const entries: Record<string, CrowdBtEntryState> = {};
  for (const id of [...entryIds].sort(compareStrings)) {
    entries[id] = { mu: CROWD_BT_MU_PRIOR, sigmaSq: CROWD_BT_SIGMA_SQ_PRIOR, views: 0, active: true };
  }
  const jurors: Record<string, CrowdBtJurorState> = {};
  for (const id of [...jurorIds].sort(compareStrings)) {
    jurors[id] = { alpha: CROWD_BT_ALPHA_PRIOR, beta: CROWD_BT_BETA_PRIOR, previous: null, seen: [] };
  }
  return { entries, jurors };
}

/** Marks an entry as seen by the juror (their first entry, or one they skipped). */
export function recordView(state: CrowdBtState, jurorId: string, entryId: string, makePrevious = true): CrowdBtState {
  const juror = requireJuror(state, jurorId);
  const entry = requireEntry(state, entryId);
  const firstTime = !juror.seen.includes(entryId);
  return {
    entries: firstTime ? { ...state.entries, [entryId]: { ...entry, views: entry.views + 1 } } : state.entries,
    jurors: {
      ...state.jurors,
      [jurorId]: { ...juror, previous: makePrevious ? entryId : juror.previous, seen: firstTime ? [...juror.seen, entryId] : juror.seen },
    },
  };
}

/**
 * Applies one answer: updates both entries' μ and σ² and the juror's α and β, marks both entries
 * seen by the juror, and makes the newly seen one (the one that was not their previous entry)
 * the juror's previous entry.
 */
export function recordComparison(state: CrowdBtState, comparison: Comparison): CrowdBtState {
  const { jurorId, winnerId, loserId } = comparison;
  if (winnerId === loserId) throw new RangeError('An entry cannot be compared with itself');
  const juror = requireJuror(state, jurorId);
  const winner = requireEntry(state, winnerId);
  const loser = requireEntry(state, loserId);
  const update = crowdBtUpdate(juror, winner, loser);
  const seen = new Set(juror.seen);
  const entries = {
    ...state.entries,
    [winnerId]: { ...winner, ...update.winner, views: winner.views + (seen.has(winnerId) ? 0 : 1) },
    [loserId]: { ...loser, ...update.loser, views: loser.views + (seen.has(loserId) ? 0 : 1) },
  };
  const previous = winnerId === juror.previous ? loserId : winnerId;
  const newlySeen = [winnerId, loserId].filter((id) => !seen.has(id));
  return {
    entries,
    jurors: { ...state.jurors, [jurorId]: { ...juror, ...update.juror, previous, seen: [...juror.seen, ...newlySeen] } },
  };
}

export interface PairChoiceOptions {
  /** Entries another juror is looking at right now (assigned less than the timeout ago). */
  busy?: ReadonlySet<string>;
}

export interface PairChoice {
  /** The juror's previous entry, or a first entry picked now. */
  previous: string;
  next: string;
  /** How `next` was picked, for the audit trail. */
  reason: 'warm-up' | 'random' | 'information-gain';
}

/**
 * The next pair for a juror, as Gavel picks it: candidates are active entries the juror has not
 * seen, preferring ones nobody is looking at. While some candidates have been seen by fewer than
 * 2 jurors, one of those is picked at random (warm-up). After that, with probability ε a random
 * candidate, otherwise the one with the highest expected information gain against the juror's
 * previous entry. Returns null when the juror has nothing left to compare.
 */
export function chooseNextPair(state: CrowdBtState, jurorId: string, random: () => number, options: PairChoiceOptions = {}): PairChoice | null {
  let juror = requireJuror(state, jurorId);
  let previous = juror.previous;
  if (previous === null || !state.entries[previous]) {
    const first = pick(candidates(state, juror, null, options), random);
    if (first === null) return null;
    previous = first.id;
    juror = { ...juror, seen: [...juror.seen, first.id] };
  }
  const next = pick(candidates(state, juror, previous, options), random, state.entries[previous], juror);
  return next === null ? null : { previous, next: next.id, reason: next.reason };
}

interface Candidate {
  id: string;
  entry: CrowdBtEntryState;
}

function candidates(state: CrowdBtState, juror: CrowdBtJurorState, previous: string | null, options: PairChoiceOptions): Candidate[] {
  const seen = new Set(juror.seen);
  const open = Object.keys(state.entries)
    .sort(compareStrings)
    .filter((id) => id !== previous && !seen.has(id) && state.entries[id].active)
    .map((id) => ({ id, entry: state.entries[id] }));
  const free = open.filter((c) => !options.busy?.has(c.id));
  return free.length ? free : open;
}

function pick(
  pool: Candidate[],
  random: () => number,
  previous?: CrowdBtEntryState,
  juror?: CrowdBtJurorState,
): { id: string; reason: PairChoice['reason'] } | null {
  if (pool.length === 0) return null;
  const lessSeen = pool.filter((c) => c.entry.views < CROWD_BT_MIN_VIEWS);
  if (lessSeen.length) return { id: lessSeen[Math.floor(random() * lessSeen.length)].id, reason: 'warm-up' };
  // Shuffled first, as Gavel does, so equal gains are split at random rather than by id.
  const order = shuffled(pool, random);
  if (!previous || !juror || random() < CROWD_BT_EPSILON) return { id: order[0].id, reason: 'random' };
  let best = order[0];
  let bestGain = Number.NEGATIVE_INFINITY;
  for (const c of order) {
    const gain = expectedInformationGain(juror, previous, c.entry);
    if (gain > bestGain) {
      best = c;
      bestGain = gain;
    }
  }
  return { id: best.id, reason: 'information-gain' };
}

export interface CrowdBtRankedEntry {
  entryId: string;
  rank: number;
  tied: boolean;
  mu: number;
  sigmaSq: number;
  views: number;
}

/** Ranking by μ, highest first; entries whose μ agree to 1e-9 share a rank and are marked tied. */
export function rankFromCrowdBt(state: CrowdBtState): CrowdBtRankedEntry[] {
  const ids = Object.keys(state.entries);
  return rankByKeys(ids.map((id) => ({ id, keys: [state.entries[id].mu] }))).map(({ id, rank, tied }) => ({
    entryId: id,
    rank,
    tied,
    mu: state.entries[id].mu,
    sigmaSq: state.entries[id].sigmaSq,
    views: state.entries[id].views,
  }));
}

function requireJuror(state: CrowdBtState, jurorId: string): CrowdBtJurorState {
  const juror = state.jurors[jurorId];
  if (!juror) throw new RangeError(`Unknown juror ${jurorId}`);
  return juror;
}

function requireEntry(state: CrowdBtState, entryId: string): CrowdBtEntryState {
  const entry = state.entries[entryId];
  if (!entry) throw new RangeError(`Unknown entry ${entryId}`);
  return entry;
}
