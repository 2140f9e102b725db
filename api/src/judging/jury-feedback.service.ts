import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { ChallengeAccess } from '../challenges/challenge-access.service.js';
import { AppError } from '../common/app-error.js';
import { EntriesService } from '../submissions/entries.service.js';
import { EntryAccess } from '../submissions/entry-access.service.js';
import { JuryDecision } from './jury-decision.service.js';
import { consensusOf, countingReviews } from './jury-reviews.repository.js';
import { jurorPseudonym } from './jury-state.js';

/**
 * After the decision each company reads its own result: the scores per criterion with the
 * jurors' justifications (jurors anonymous), any consensus, its rank, its screening report and,
 * for a purchase, when the standstill period ends.
 */
@Injectable()
export class JuryFeedback {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entries: EntriesService,
    private readonly entryAccess: EntryAccess,
    private readonly challengeAccess: ChallengeAccess,
    private readonly decisions: JuryDecision,
  ) {}

  async forCompany(actor: AuthUser, entryId: string) {
    const entry = await this.entries.findOrFail(entryId);
    if (!(await this.entryAccess.isCompanyMember(actor, entry))) throw AppError.notFound('entry.not_found');
    const decision = await this.decisions.find(entry.challengeId);
    if (!decision) throw AppError.conflict('jury.no-decision-yet');
    const { challenge } = await this.challengeAccess.findVisible(actor, entry.challengeId);
    const ranking = decision.ranking;
    const ranked = ranking.entries.find((e) => e.entryId === entryId) ?? null;
    const excluded = ranking.excluded.find((e) => e.entryId === entryId) ?? null;
    const reviews = (await countingReviews(this.dataSource, entry.challengeId)).filter((r) => r.entryId === entryId);
    const consensus = (await consensusOf(this.dataSource, entry.challengeId)).filter((c) => c.entryId === entryId);
    const criteria = ranking.judgingMode === 'pairwise' ? [] : (challenge.evaluationMethod?.criteria ?? []);
    const byCriterion = (ranked?.byCriterion ?? {}) as Record<string, { used?: number | null; mean?: number | null } | undefined>;
    const winner = decision.winners.includes(entryId);
    return {
      entryId,
      challengeId: entry.challengeId,
      decidedAt: decision.decidedAt.toISOString(),
      judgingMode: ranking.judgingMode,
      winner,
      award: winner ? decision.award : null,
      // The award's amount is its total value; a winner sees how many share it, not who.
      awardWinners: winner ? decision.winners.length : null,
      rank: ranked?.rank ?? null,
      tied: ranked?.tied ?? false,
      rankedEntries: ranking.entries.length,
      band: band(ranked?.rank ?? null, ranking.entries.length),
      total: ranked?.total ?? null,
      belowThreshold: ranked?.belowThreshold ?? false,
      thresholdReasons: ranked && 'reasons' in ranked ? ranked.reasons : [],
      excluded: excluded ? { reason: excluded.reason, confirmedBlockers: excluded.confirmedBlockers } : null,
      criteria: criteria.map((c) => {
        const agreed = consensus.find((x) => x.criterionId === c.id);
        return {
          criterionId: c.id,
          title: c.title,
          weight: c.weight,
          used: byCriterion[c.id]?.used ?? null,
          mean: byCriterion[c.id]?.mean ?? null,
          consensus: agreed ? { value: agreed.value, justification: agreed.justification } : null,
          // Jurors are numbered per entry, so a company cannot match them across entries.
          scores: reviews.flatMap((r, i) => r.scores.filter((s) => s.criterionId === c.id).map((s) => ({ juror: jurorPseudonym(i), value: s.value, justification: s.justification }))),
        };
      }),
      screeningReport: `/api/entries/${entryId}/screening`,
      methodHash: decision.methodHash,
      standstillEndsAt: decision.standstillEndsAt?.toISOString() ?? null,
    };
  }
}

/** Quarter of the ranking an entry falls in, for companies told their band rather than a number. */
function band(rank: number | null, of: number): 'first-quarter' | 'second-quarter' | 'third-quarter' | 'fourth-quarter' | null {
  if (rank === null || of === 0) return null;
  const bands = ['first-quarter', 'second-quarter', 'third-quarter', 'fourth-quarter'] as const;
  return bands[Math.min(3, Math.floor(((rank - 1) / of) * 4))]!;
}
