import { describe, expect, it } from 'vitest';
import { CROWD_BT_ALPHA_PRIOR, CROWD_BT_BETA_PRIOR, CROWD_BT_MIN_VIEWS, jurorReliability } from './crowd-bt.js';
import {
  chooseNextPair,
  createCrowdBtState,
  rankFromCrowdBt,
  recordComparison,
  recordView,
  type CrowdBtState,
} from './crowd-bt-session.js';
import { seededRandom } from './seeded-random.js';

// True quality: a is best, f is worst.
const quality: Record<string, number> = { a: 6, b: 5, c: 4, d: 3, e: 2, f: 1 };
const entryIds = Object.keys(quality);

/** Jurors walk the expo in turns; `answer` decides who wins each pair they are shown. */
function walk(
  state: CrowdBtState,
  jurors: Record<string, (x: string, y: string) => string>,
  rounds: number,
  seed: string,
): CrowdBtState {
  const random = seededRandom(seed);
  for (let round = 0; round < rounds; round++) {
    for (const [jurorId, answer] of Object.entries(jurors)) {
      const pair = chooseNextPair(state, jurorId, random);
      if (!pair) {
        // Seen everything: start a new lap, as an expo juror would walk around again.
        state = { ...state, jurors: { ...state.jurors, [jurorId]: { ...state.jurors[jurorId]!, seen: [], previous: null } } };
        continue;
      }
      const winner = answer(pair.previous, pair.next);
      state = recordComparison(state, { jurorId, winnerId: winner, loserId: winner === pair.previous ? pair.next : pair.previous });
    }
  }
  return state;
}

const honest = (x: string, y: string) => (quality[x]! > quality[y]! ? x : y);
const adversarial = (x: string, y: string) => (quality[x]! > quality[y]! ? y : x);

describe('CrowdBT judging round', () => {
  it('starts every entry at the prior, all tied for first place', () => {
    const ranking = rankFromCrowdBt(createCrowdBtState(entryIds, ['j1']));
    expect(ranking.every((r) => r.rank === 1 && r.tied && r.mu === 0 && r.sigmaSq === 1)).toBe(true);
  });

  it('recovers the true order from consistent jurors', () => {
    const state = walk(createCrowdBtState(entryIds, ['j1', 'j2', 'j3']), { j1: honest, j2: honest, j3: honest }, 25, 'consistent');
    const ranking = rankFromCrowdBt(state);
    expect(ranking.map((r) => r.entryId)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(ranking.some((r) => r.tied)).toBe(false);
  });

  it('lowers the reliability of a juror who always answers against the panel', () => {
    const state = walk(
      createCrowdBtState(entryIds, ['h1', 'h2', 'h3', 'liar']),
      { h1: honest, h2: honest, h3: honest, liar: adversarial },
      25,
      'adversary',
    );
    const prior = jurorReliability({ alpha: CROWD_BT_ALPHA_PRIOR, beta: CROWD_BT_BETA_PRIOR });
    const liar = jurorReliability(state.jurors.liar!);
    expect(liar).toBeLessThan(prior);
    for (const id of ['h1', 'h2', 'h3']) expect(jurorReliability(state.jurors[id]!)).toBeGreaterThan(liar);
    // The honest majority still puts the best entry first and the weakest last.
    const order = rankFromCrowdBt(state).map((r) => r.entryId);
    expect([order[0], order[5]]).toEqual(['a', 'f']);
  });

  it('moves the winner up and the loser down, and records what the juror has seen', () => {
    const state = recordComparison(recordView(createCrowdBtState(['x', 'y'], ['j']), 'j', 'x'), { jurorId: 'j', winnerId: 'y', loserId: 'x' });
    expect(state.entries.y!.mu).toBeGreaterThan(0);
    expect(state.entries.x!.mu).toBeLessThan(0);
    expect(state.entries.x!.views).toBe(1);
    expect(state.entries.y!.views).toBe(1);
    expect(state.jurors.j).toMatchObject({ previous: 'y', seen: ['x', 'y'] });
  });
});

describe('chooseNextPair', () => {
  it('offers only entries seen by fewer than two jurors while any remain (warm-up)', () => {
    let state = createCrowdBtState(['a', 'b', 'c', 'd'], ['j1', 'j2', 'j3']);
    for (const juror of ['j1', 'j2']) state = recordView(recordView(state, juror, 'a'), juror, 'b');
    state = recordView(state, 'j3', 'a', true);
    // a is seen by 3, b by 2; only c and d are still in warm-up.
    const random = seededRandom('warm');
    for (let i = 0; i < 20; i++) {
      const pair = chooseNextPair(state, 'j3', random)!;
      expect(pair.reason).toBe('warm-up');
      expect(['c', 'd']).toContain(pair.next);
      expect(pair.previous).toBe('a');
    }
    expect(state.entries.b!.views).toBe(CROWD_BT_MIN_VIEWS);
  });

  it('mixes random picks (about ε = 25%) with information-gain picks after the warm-up', () => {
    let state = createCrowdBtState(['a', 'b', 'c', 'd', 'e'], ['j1', 'j2', 'j3']);
    for (const juror of ['j1', 'j2']) for (const id of ['a', 'b', 'c', 'd', 'e']) state = recordView(state, juror, id);
    state = recordView(state, 'j3', 'a');
    const random = seededRandom('epsilon');
    const reasons = Array.from({ length: 2000 }, () => chooseNextPair(state, 'j3', random)!.reason);
    const share = reasons.filter((r) => r === 'random').length / reasons.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
    expect(reasons.filter((r) => r === 'warm-up')).toHaveLength(0);
  });

  it('picks the pair with the most information when choosing by gain', () => {
    let state = createCrowdBtState(['a', 'near', 'far'], ['j1', 'j2', 'j3']);
    for (const juror of ['j1', 'j2']) for (const id of ['a', 'near', 'far']) state = recordView(state, juror, id);
    state = recordView(state, 'j3', 'a');
    state = {
      ...state,
      entries: { ...state.entries, near: { ...state.entries.near!, mu: 0.1, sigmaSq: 1 }, far: { ...state.entries.far!, mu: 4, sigmaSq: 0.05 } },
    };
    const random = seededRandom('gain');
    const byGain = Array.from({ length: 50 }, () => chooseNextPair(state, 'j3', random)!).filter((p) => p.reason === 'information-gain');
    expect(byGain.length).toBeGreaterThan(0);
    expect(byGain.every((p) => p.next === 'near')).toBe(true);
  });

  it('never offers an entry the juror has seen, an inactive one, or a busy one while others are free', () => {
    let state = createCrowdBtState(['a', 'b', 'c', 'd', 'gone'], ['j']);
    state = recordView(recordView(state, 'j', 'b'), 'j', 'a');
    state = { ...state, entries: { ...state.entries, gone: { ...state.entries.gone!, active: false } } };
    const random = seededRandom('filters');
    for (let i = 0; i < 20; i++) expect(chooseNextPair(state, 'j', random, { busy: new Set(['c']) })!.next).toBe('d');
  });

  it('picks a first entry for a juror who has not started, and returns null when nothing is left', () => {
    const fresh = chooseNextPair(createCrowdBtState(['a', 'b'], ['j']), 'j', seededRandom('first'))!;
    expect(new Set([fresh.previous, fresh.next])).toEqual(new Set(['a', 'b']));
    const done = recordView(recordView(createCrowdBtState(['a', 'b'], ['j']), 'j', 'a'), 'j', 'b');
    expect(chooseNextPair(done, 'j', seededRandom('none'))).toBeNull();
  });

  it('gives the same pair for the same state and seed', () => {
    const state = createCrowdBtState(['a', 'b', 'c', 'd'], ['j']);
    expect(chooseNextPair(state, 'j', seededRandom('same'))).toEqual(chooseNextPair(state, 'j', seededRandom('same')));
  });
});
