import type { AwardSnapshot, ConflictSnapshot, JurorSnapshot, RankingRowSnapshot, ReviewSnapshot } from '@fairpitch/shared/exports';
import { JudgingExportSource, type JudgingDecision } from '../judging-export-source.js';

// A judging source with realistic, fixed data for tests of the exports (api and worker) until
// judging provides the real one: three jurors, a consensus per entry, one conflict, one award.

export interface FixedJudgingInput {
  /** Ranked entries, best first. */
  rankedEntryIds: string[];
  /** Criteria the jurors score (the published criterion ids). */
  criterionIds: string[];
  /** Criterion ids that only appear in the ranking (price, screening areas). */
  extraCriterionIds?: string[];
  decidedAt: string | null;
  /** The award's currency; a wrong one makes the OCDS package invalid (for that test). */
  awardCurrency?: string;
}

const JURORS: JurorSnapshot[] = [
  { label: 'Juror A', name: 'Anna Andersen' },
  { label: 'Juror B', name: 'Bo Berg' },
  { label: 'Juror C', name: 'Cecilie Clausen' },
];

export class FixedJudgingExportSource extends JudgingExportSource {
  constructor(private readonly input: FixedJudgingInput) {
    super();
  }

  private score(rank: number, criterion: number, juror: number): number {
    return Math.max(0, Math.min(10, 9 - rank - (criterion % 2) + (juror - 1)));
  }

  decision(): Promise<JudgingDecision> {
    return Promise.resolve({
      decidedAt: this.input.decidedAt,
      reasons: this.input.decidedAt ? 'Bidrag med højeste samlede score efter den offentliggjorte metode; ingen bidrag under minimum.' : null,
    });
  }

  ranking(): Promise<RankingRowSnapshot[]> {
    const { rankedEntryIds, criterionIds, extraCriterionIds = [] } = this.input;
    return Promise.resolve(
      rankedEntryIds.map((entryId, rank) => ({
        entryId,
        rank: rank + 1,
        tied: false,
        total: 8.5 - rank * 1.25,
        byCriterion: Object.fromEntries([...criterionIds.map((id, i) => [id, this.score(rank, i, 1)]), ...extraCriterionIds.map((id) => [id, 7])]),
        belowThreshold: false,
      })),
    );
  }

  reviews(): Promise<ReviewSnapshot[]> {
    const { rankedEntryIds, criterionIds } = this.input;
    const reviews: ReviewSnapshot[] = [];
    rankedEntryIds.forEach((entryId, rank) => {
      JURORS.forEach((juror, j) => {
        // Juror B declared a conflict with the last entry and took no part in it.
        if (j === 1 && rank === rankedEntryIds.length - 1) return;
        reviews.push({
          entryId,
          kind: 'individual',
          juror,
          submittedAt: `2026-03-0${j + 1}T09:00:00Z`,
          scores: criterionIds.map((criterionId, c) => ({ criterionId, score: this.score(rank, c, j), justification: `${juror.label} om ${criterionId}: velbegrundet vurdering ${rank + 1}.${c + 1}.` })),
        });
      });
      reviews.push({
        entryId,
        kind: 'consensus',
        juror: null,
        submittedAt: '2026-03-05T14:00:00Z',
        scores: criterionIds.map((criterionId, c) => ({ criterionId, score: this.score(rank, c, 1), justification: `Konsensus om ${criterionId} efter drøftelse.` })),
      });
    });
    return Promise.resolve(reviews);
  }

  conflicts(): Promise<ConflictSnapshot[]> {
    const last = this.input.rankedEntryIds.at(-1);
    return Promise.resolve(
      last ? [{ juror: JURORS[1]!, entryId: last, declaredAt: '2026-02-27T08:00:00Z', description: 'Tidligere ansat hos virksomheden.', handling: 'recused', handledAt: '2026-02-27T12:00:00Z' }] : [],
    );
  }

  awards(): Promise<AwardSnapshot[]> {
    const winner = this.input.rankedEntryIds[0];
    if (!this.input.decidedAt || !winner) return Promise.resolve([]);
    return Promise.resolve([
      { id: 'award-1', entryIds: [winner], date: this.input.decidedAt, value: { amount: 450000, currency: this.input.awardCurrency ?? 'DKK' }, title: 'Kontrakt', standstillEndsAt: null },
    ]);
  }
}
