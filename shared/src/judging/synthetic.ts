import { seededRandom } from './seeded-random.js';
import type { Score, ScoringMethod } from './types.js';

export interface SyntheticPanel {
  method: ScoringMethod;
  entryIds: string[];
  jurorIds: string[];
  scores: Score[];
}

/**
 * A reproducible panel for benchmarks and demos: every juror scores every entry on every
 * criterion (0–5 in half points), as the entry's true quality plus the juror's own severity and
 * some noise, so normalisation, agreement and ties all have something to do.
 */
export function generateSyntheticScores(seed: string, entries: number, jurors: number, criteria: number): SyntheticPanel {
  const random = seededRandom(seed);
  const entryIds = Array.from({ length: entries }, (_, e) => `entry-${String(e).padStart(6, '0')}`);
  const jurorIds = Array.from({ length: jurors }, (_, j) => `juror-${String(j).padStart(3, '0')}`);
  const criterionIds = Array.from({ length: criteria }, (_, c) => `criterion-${c + 1}`);
  const severity = jurorIds.map(() => (random() - 0.5) * 1.5);
  const scores: Score[] = new Array(entries * jurors * criteria);
  let i = 0;
  for (const entryId of entryIds) {
    for (const criterionId of criterionIds) {
      const quality = 1 + random() * 3;
      for (let j = 0; j < jurors; j++) {
        const raw = quality + severity[j] + (random() - 0.5) * 1.2;
        const value = Math.min(5, Math.max(0, Math.round(raw * 2) / 2));
        scores[i++] = { entryId, jurorId: jurorIds[j], criterionId, value };
      }
    }
  }
  const method: ScoringMethod = {
    normalisation: 'z-score',
    scale: { min: 0, max: 5, step: 0.5 },
    tieBreak: criterionIds.slice(0, 2),
    overallThreshold: 2.5,
    criteria: criterionIds.map((id, c) => ({ id, weight: c + 1, threshold: 2 })),
  };
  return { method, entryIds, jurorIds, scores };
}
