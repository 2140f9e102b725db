import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EvaluationMethod } from '@fairpitch/shared/challenges';
import { criteriaWithScales, flagDisagreements } from '@fairpitch/shared/judging';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Challenge } from '../challenges/challenge.entity.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { type JudgedEntry, JudgedEntries } from './judged-entries.service.js';
import { JuryAccess, methodOf, requireScoringState } from './jury-access.service.js';
import { JuryConflicts } from './jury-conflicts.service.js';
import type { ConsensusInput } from './jury.dto.js';
import { JuryPanels, type PanelSettings } from './jury-panels.service.js';
import { type ReviewRow, consensusOf, countingReviews, scoresOf, unsubmittedEntries } from './jury-reviews.repository.js';
import { scoreIssues } from './jury-reviews.service.js';
import { decisionExists, jurorPseudonym, lockJury } from './jury-state.js';
import { JurorViews, entryName } from './juror-views.service.js';

interface Viewer {
  /** Entries the viewer must still review themselves: other jurors' scores stay hidden until then. */
  pending: Set<string>;
  challenge: Challenge;
  panel: PanelSettings;
  method: EvaluationMethod;
  organiser: boolean;
  chair: boolean;
}

/**
 * The chair settles what the jurors disagree on (or every entry, when the method says "all"):
 * a consensus score and justification per criterion, which replaces the aggregate. The jurors'
 * own reviews stay on record and visible to the panel.
 */
@Injectable()
export class JuryConsensus {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jury: JuryAccess,
    private readonly panels: JuryPanels,
    private readonly conflicts: JuryConflicts,
    private readonly entries: JudgedEntries,
    private readonly views: JurorViews,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The entries waiting for (or given) a consensus, with each juror's score and justification. */
  async list(actor: AuthUser, challengeId: string) {
    const viewer = await this.viewer(actor, challengeId);
    const { admissible } = await this.entries.roster(challengeId);
    const visible = await this.visibleTo(actor, viewer, admissible);
    const items = [];
    for (const item of await this.items(viewer, visible)) items.push(await this.present(viewer, item));
    return { challengeId, mode: viewer.method.consensus, isChair: viewer.chair, entries: items };
  }

  async record(actor: AuthUser, challengeId: string, entryId: string, input: ConsensusInput) {
    const viewer = await this.viewer(actor, challengeId);
    if (!viewer.panel.chairId) throw AppError.conflict('jury.no-chair');
    if (!viewer.chair) throw AppError.forbidden('jury.chair-only');
    const { admissible } = await this.entries.roster(challengeId);
    const [entry] = await this.visibleTo(actor, viewer, admissible.filter((e) => e.entryId === entryId));
    if (!entry) throw AppError.notFound('jury.entry-not-found');
    if (viewer.pending.has(entryId)) throw AppError.forbidden('jury.submit-first');
    requireScoringState(viewer.challenge);
    const fields = scoreIssues(viewer.method, input.scores, false);
    if (fields.length) throw AppError.validation(fields);
    const [item] = await this.items(viewer, [entry]);
    const open = new Set(item?.criteria.filter((c) => c.needsConsensus).map((c) => c.criterionId) ?? []);
    if (input.scores.some((s) => !open.has(s.criterionId))) throw AppError.conflict('jury.consensus-not-needed');

    await this.dataSource.transaction(async (manager) => {
      await lockJury(manager, challengeId);
      if (await decisionExists(manager, challengeId)) throw AppError.conflict('jury.scores-locked');
      const now = this.clock.now();
      for (const s of input.scores) {
        await manager.query(
          `INSERT INTO jury_consensus (challenge_id, entry_id, criterion_id, value, justification, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (entry_id, criterion_id) DO UPDATE SET value = EXCLUDED.value, justification = EXCLUDED.justification, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
          [challengeId, entryId, s.criterionId, s.value, s.justification, actor.id, now],
        );
      }
      await this.audit.record({ action: 'jury.consensus_recorded', actorId: actor.id, subjectType: 'entry', subjectId: entryId, data: { challengeId, scores: input.scores } }, manager);
    });
    const [updated] = await this.items(viewer, [entry]);
    return this.present(viewer, updated!);
  }

  private async viewer(actor: AuthUser, challengeId: string): Promise<Viewer> {
    const challenge = await this.jury.findVisible(actor, challengeId);
    const panel = await this.panels.settingsOf(challenge);
    const organiser = await this.jury.isOrganiser(actor, challengeId);
    const chair = panel.chairId === actor.id;
    if (!organiser && !chair) throw AppError.forbidden('jury.chair-only');
    if (panel.judgingMode === 'pairwise') throw AppError.conflict('jury.pairwise-mode');
    const pending = await unsubmittedEntries(this.dataSource, challengeId, actor.id);
    return { challenge, panel, method: methodOf(challenge), organiser, chair, pending };
  }

  /** A chair who is also a juror never settles an entry of a company they are conflicted with. */
  private async visibleTo(actor: AuthUser, viewer: Viewer, entries: JudgedEntry[]): Promise<JudgedEntry[]> {
    if (viewer.organiser && !viewer.chair) return entries;
    if (!(await this.jury.jurorIds(viewer.challenge.id)).includes(actor.id)) return entries;
    const companies = await this.conflicts.companies(viewer.challenge.id);
    if (!(await this.conflicts.declaredJurors(viewer.challenge.id, companies)).has(actor.id)) throw AppError.forbidden('jury.declarations-missing');
    const blocked = new Set((await this.conflicts.conflicted(viewer.challenge.id)).filter((p) => p.jurorId === actor.id).map((p) => p.companyId));
    return entries.filter((e) => !blocked.has(e.companyId));
  }

  private async items(viewer: Viewer, entries: JudgedEntry[]) {
    const ids = new Set(entries.map((e) => e.entryId));
    const reviews = (await countingReviews(this.dataSource, viewer.challenge.id)).filter((r) => ids.has(r.entryId));
    const consensus = (await consensusOf(this.dataSource, viewer.challenge.id)).filter((c) => ids.has(c.entryId));
    const flags = flagDisagreements(scoresOf(reviews), criteriaWithScales(viewer.method), viewer.method.disagreementThreshold);
    const panelIds = await this.jury.jurorIds(viewer.challenge.id);
    const all = viewer.method.consensus === 'all';
    return entries
      .map((entry) => {
        const mine = reviews.filter((r) => r.entryId === entry.entryId);
        const hidden = viewer.pending.has(entry.entryId);
        const criteria = viewer.method.criteria.map((c) => {
          const flag = flags.find((f) => f.entryId === entry.entryId && f.criterionId === c.id);
          const agreed = consensus.find((x) => x.entryId === entry.entryId && x.criterionId === c.id);
          return {
            criterionId: c.id,
            flagged: Boolean(flag),
            range: hidden ? null : (flag?.range ?? null),
            needsConsensus: Boolean(flag) || (all && mine.length > 0),
            scoresHidden: hidden,
            scores: hidden ? [] : scoresFor(mine, c.id, panelIds),
            consensus: agreed ? { value: agreed.value, justification: agreed.justification, recordedAt: agreed.recordedAt.toISOString() } : null,
          };
        });
        return { entry, criteria };
      })
      .filter((item) => item.criteria.some((c) => c.needsConsensus || c.consensus));
  }

  private async present(viewer: Viewer, item: { entry: JudgedEntry; criteria: unknown[] }) {
    const { entry, criteria } = item;
    const view = { entryId: entry.entryId, label: entry.label, displayName: viewer.panel.blind && !viewer.organiser ? entryName(entry) : entry.companyName, criteria };
    // The chair may be a juror: in blind review they see the entry as every juror does.
    return viewer.panel.blind && !viewer.organiser ? (await this.views.redactorFor(entry))(view) : view;
  }
}

function scoresFor(reviews: ReviewRow[], criterionId: string, panelIds: string[]) {
  return reviews.flatMap((r) =>
    r.scores.filter((s) => s.criterionId === criterionId).map((s) => ({ juror: jurorPseudonym(Math.max(0, panelIds.indexOf(r.jurorId))), value: s.value, justification: s.justification })),
  );
}
