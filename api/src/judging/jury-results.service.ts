import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  ALPHA_RELIABLE,
  ALPHA_TENTATIVE,
  type ScreeningAreaScores,
  agreementByCriterion,
  computeResults,
  criteriaWithScales,
  flagDisagreements,
  jurorScoreHistograms,
  jurorStats,
  rankFromCrowdBt,
} from '@fairpitch/shared/judging';
import type { AuthUser } from '../auth/auth-user.js';
import { UsersService } from '../auth/users.service.js';
import type { Challenge } from '../challenges/challenge.entity.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { ScreeningService } from '../screening/screening.service.js';
import { JudgedEntries } from './judged-entries.service.js';
import { JuryAccess, methodOf } from './jury-access.service.js';
import { JuryPairwise } from './jury-pairwise.service.js';
import { JuryPanels } from './jury-panels.service.js';
import { consensusOf, countingReviews, scoresOf, unsubmittedEntries } from './jury-reviews.repository.js';
import { jurorPseudonym } from './jury-state.js';

/**
 * Results by the published method, computed with the same shared functions the web app uses:
 * aggregates (raw and normalised), screening area scores and price points by their weights,
 * thresholds, published tie-breaks and reported ties, and agreement between jurors.
 */
@Injectable()
export class JuryResults {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jury: JuryAccess,
    private readonly panels: JuryPanels,
    private readonly entries: JudgedEntries,
    private readonly screening: ScreeningService,
    private readonly pairwise: JuryPairwise,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  /** The organiser's ranking: the stored final one after the decision, else computed now. */
  async ranking(actor: AuthUser, challengeId: string) {
    const challenge = await this.jury.requireOrganiser(actor, challengeId);
    const [final] = (await this.dataSource.query(`SELECT ranking FROM jury_decision WHERE challenge_id = $1`, [challengeId])) as { ranking: RankingView }[];
    if (final) return final.ranking;
    return this.compute(challenge);
  }

  async compute(challenge: Challenge) {
    const method = methodOf(challenge);
    const panel = await this.panels.settingsOf(challenge);
    const roster = await this.entries.roster(challenge.id);
    const labels = new Map(roster.admissible.map((e) => [e.entryId, e.label]));
    const admissible = new Set(labels.keys());
    const common = {
      method,
      methodHash: challenge.methodHash,
      judgingMode: panel.judgingMode,
      normalisation: method.normalisation,
      final: false,
      computedAt: this.clock.now().toISOString(),
      excluded: roster.excluded,
      pendingBlockers: roster.pendingBlockers,
    };
    if (panel.judgingMode === 'pairwise') {
      const state = (await this.pairwise.stateOf(challenge.id)) ?? { entries: {}, jurors: {} };
      const known = Object.fromEntries(roster.admissible.map((e) => [e.entryId, state.entries[e.entryId] ?? { mu: 0, sigmaSq: 1, views: 0, active: true }]));
      const ranked = rankFromCrowdBt({ entries: known, jurors: state.jurors });
      return {
        ...common,
        entries: ranked.map((r) => ({ ...r, label: labels.get(r.entryId) ?? null, total: r.mu, byCriterion: {}, belowThreshold: false })),
        agreement: {},
        keptRaw: [],
        priceWarning: null,
      };
    }
    const scores = scoresOf(await countingReviews(this.dataSource, challenge.id)).filter((s) => admissible.has(s.entryId));
    const consensus = (await consensusOf(this.dataSource, challenge.id)).filter((c) => admissible.has(c.entryId)).map(({ entryId, criterionId, value }) => ({ entryId, criterionId, value }));
    const areas = await this.screening.areaScoresForChallenge(challenge.id);
    const screening: Record<string, ScreeningAreaScores> = {};
    for (const [entryId, scoresByArea] of areas) if (admissible.has(entryId)) screening[entryId] = scoresByArea;
    const prices = roster.admissible.filter((e) => e.price !== null).map((e) => ({ entryId: e.entryId, price: e.price! }));
    const results = computeResults({ method, scores, consensus, entryIds: [...admissible], screening, prices });
    return {
      ...common,
      entries: results.ranking.entries.map((e) => ({ ...e, label: labels.get(e.entryId) ?? null })),
      agreement: results.agreement,
      keptRaw: results.ranking.keptRaw,
      priceWarning: results.ranking.priceWarning,
    };
  }

  /**
   * The fairness page: alpha per criterion, each juror's severity and spread, their score
   * distributions and the disagreements flagged for consensus. Organisers see jurors' names;
   * jurors of the challenge see pseudonyms only.
   */
  async agreement(actor: AuthUser, challengeId: string) {
    const challenge = await this.jury.findVisible(actor, challengeId);
    const organiser = await this.jury.isOrganiser(actor, challengeId);
    const panelIds = await this.jury.jurorIds(challengeId);
    if (!organiser && !panelIds.includes(actor.id)) throw AppError.forbidden('jury.not-juror');
    // Flags and distributions show other jurors' scores: a juror sees them once their own are in.
    if (!organiser && (await unsubmittedEntries(this.dataSource, challengeId, actor.id)).size) throw AppError.forbidden('jury.submit-first');
    const method = methodOf(challenge);
    const roster = await this.entries.roster(challengeId);
    const labels = new Map(roster.admissible.map((e) => [e.entryId, e.label]));
    const scores = scoresOf(await countingReviews(this.dataSource, challengeId)).filter((s) => labels.has(s.entryId));
    const names = organiser ? new Map((await this.users.findByIds(panelIds)).map((u) => [u.id, u.name])) : new Map<string, string>();
    const who = (jurorId: string) => ({
      juror: jurorPseudonym(Math.max(0, panelIds.indexOf(jurorId))),
      ...(organiser ? { jurorId, name: names.get(jurorId) ?? '' } : {}),
    });
    const criteria = criteriaWithScales(method);
    const alpha = agreementByCriterion(scores, criteria.map((c) => c.id));
    return {
      challengeId,
      thresholdShare: method.disagreementThreshold,
      criteria: criteria.map((c) => ({ criterionId: c.id, ...alpha[c.id]!, reliability: reliability(alpha[c.id]?.alpha ?? null) })),
      jurors: jurorStats(scores).map(({ jurorId, ...stats }) => ({ ...who(jurorId), ...stats })),
      histograms: criteria.map((c) => ({
        criterionId: c.id,
        jurors: jurorScoreHistograms(
          scores.filter((s) => s.criterionId === c.id),
          c.scale,
        ).map(({ jurorId, bins }) => ({ ...who(jurorId), bins })),
      })),
      disagreements: flagDisagreements(scores, criteria, method.disagreementThreshold).map(({ jurorIds, ...d }) => ({
        ...d,
        label: labels.get(d.entryId) ?? null,
        jurors: jurorIds.map((id) => who(id).juror),
      })),
    };
  }
}

export type RankingView = Awaited<ReturnType<JuryResults['compute']>>;

function reliability(alpha: number | null): 'reliable' | 'tentative' | 'unreliable' | null {
  if (alpha === null) return null;
  if (alpha >= ALPHA_RELIABLE) return 'reliable';
  if (alpha >= ALPHA_TENTATIVE) return 'tentative';
  return 'unreliable';
}
