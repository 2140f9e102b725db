import { Injectable } from '@nestjs/common';
import type { AwardSnapshot, ConflictSnapshot, IsoDateTime, RankingRowSnapshot, ReviewSnapshot } from '@fairpitch/shared/exports';
import { AppError } from '../common/app-error.js';

/** The decision as the jury and organiser recorded it. */
export interface JudgingDecision {
  /** When the decision was made (the challenge's decidedAt), or null while undecided. */
  decidedAt: IsoDateTime | null;
  /** The reasons for the decision as recorded, in the challenge's language; null when none. */
  reasons: string | null;
}

/**
 * What exports need from judging, in the snapshot's shapes. Judging implements it over its own
 * tables; exports never read them. Contract:
 * - `ranking`: one row per ranked entry; `byCriterion` keyed by the ids of
 *   `methodSnapshot(...).criteria` (published criterion ids, `price`, `screening-<area>`).
 * - `reviews`: every individual review that counts (submitted by a juror still on the entry: the
 *   reviews the ranking used) and every consensus review. Jurors come with
 *   their stable pseudonym in `label` ("Juror A") and their real name in `name`: exports drop
 *   the names unless the organiser chose to disclose jurors.
 * - `conflicts`: every declared conflict of interest with how it was handled (jurors as above).
 * - `awards`: the awarded entries (empty before the decision).
 * Every list must come in a fixed order (the exports sort again where the order matters, but a
 * stable source keeps the files byte-identical).
 */
export abstract class JudgingExportSource {
  abstract decision(challengeId: string): Promise<JudgingDecision>;
  abstract ranking(challengeId: string): Promise<RankingRowSnapshot[]>;
  abstract reviews(challengeId: string): Promise<ReviewSnapshot[]>;
  abstract conflicts(challengeId: string): Promise<ConflictSnapshot[]>;
  abstract awards(challengeId: string): Promise<AwardSnapshot[]>;

  /**
   * Reads reviews a batch of entries at a time, for exports too large to hold every review: the
   * returned function gives the reviews of the entries asked for (any order). This default reads
   * `reviews` once and hands out parts; judging's adapter reads only the entries asked for.
   */
  async reviewReader(challengeId: string): Promise<(entryIds: readonly string[]) => Promise<ReviewSnapshot[]>> {
    const byEntry = new Map<string, ReviewSnapshot[]>();
    for (const review of await this.reviews(challengeId)) {
      const list = byEntry.get(review.entryId);
      if (list) list.push(review);
      else byEntry.set(review.entryId, [review]);
    }
    return (entryIds) => Promise.resolve(entryIds.flatMap((id) => byEntry.get(id) ?? []));
  }
}

/**
 * Bound until judging provides the real source: refuses with 409 `export.judging-unavailable`
 * rather than inventing a ranking, so a missing integration shows instead of wrong files.
 */
@Injectable()
export class UnavailableJudgingExportSource extends JudgingExportSource {
  decision(): Promise<JudgingDecision> {
    return unavailable();
  }
  ranking(): Promise<RankingRowSnapshot[]> {
    return unavailable();
  }
  reviews(): Promise<ReviewSnapshot[]> {
    return unavailable();
  }
  conflicts(): Promise<ConflictSnapshot[]> {
    return unavailable();
  }
  awards(): Promise<AwardSnapshot[]> {
    return unavailable();
  }
}

function unavailable(): Promise<never> {
  return Promise.reject(AppError.conflict('export.judging-unavailable'));
}
