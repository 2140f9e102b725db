import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, type Repository } from 'typeorm';
import {
  type ChallengeCreate,
  type ChallengeUpdate,
  type Phase,
  blindReviewAllowed,
  canPublish,
} from '@fairpitch/shared/challenges';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { DomainEvents } from '../common/domain-events.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthUser, isStaff } from '../auth/auth-user.js';
import { InvitationsService } from '../auth/invitations.service.js';
import { Amendment } from './amendment.entity.js';
import { ChallengeAccess } from './challenge-access.service.js';
import { applyUpdate, toDraft } from './challenge-draft.js';
import { Challenge } from './challenge.entity.js';
import { ChallengeMember } from './challenge-member.entity.js';
import { ChallengePhase } from './challenge-phase.entity.js';
import { challengeDetail, challengeSummary } from './challenge-views.js';
import { Question } from './question.entity.js';

export interface ChallengeListQuery {
  q?: string;
  status?: string;
  type?: string;
  category?: string;
  page: number;
  pageSize: number;
}

/** Public states: what anyone may list. A draft never is. */
export const PUBLIC_STATES = ['published', 'submission-open', 'submission-closed', 'evaluation', 'decided', 'archived', 'cancelled'] as const;

@Injectable()
export class ChallengesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Challenge) private readonly challenges: Repository<Challenge>,
    @InjectRepository(ChallengePhase) private readonly phases: Repository<ChallengePhase>,
    @InjectRepository(Amendment) private readonly amendments: Repository<Amendment>,
    @InjectRepository(Question) private readonly questions: Repository<Question>,
    private readonly access: ChallengeAccess,
    private readonly audit: AuditService,
    private readonly invitations: InvitationsService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // An accepted invitation to a challenge role becomes a membership of that challenge.
    this.events.on('invitation.accepted', async ({ userId, role, challengeId }, manager) => {
      if (!challengeId || (role !== 'organiser' && role !== 'juror')) return;
      await manager.query(`INSERT INTO challenge_member (challenge_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [challengeId, userId, role]);
    });
  }

  async create(actor: AuthUser, input: ChallengeCreate): Promise<ReturnType<typeof challengeDetail>> {
    if (!isStaff(actor)) throw AppError.forbidden();
    const id = await this.dataSource.transaction(async (manager) => {
      const challenge = manager.create(Challenge, {
        status: 'draft',
        type: input.type,
        language: input.language,
        title: input.title,
        summary: '',
        descriptionMarkdown: '',
        department: '',
        categories: [],
        contact: null,
        outreachPartners: [],
        legalBasis: 'none',
        prizes: [],
        benefitsToIndividualFirms: false,
        deMinimisDeclarationsRequired: false,
        leadsToPurchase: false,
        blindReview: true,
        submissionGraceSeconds: 0,
        responsePeriodDays: null,
        retentionDays: null,
        customQuestions: [],
        evaluationMethod: null,
        methodHash: null,
        createdBy: actor.id,
      });
      const { phases } = applyUpdate(challenge, input);
      const saved = await manager.save(Challenge, challenge);
      if (phases) await this.replacePhases(manager, saved.id, phases);
      await manager.insert(ChallengeMember, { challengeId: saved.id, userId: actor.id, role: 'organiser' });
      await this.audit.record({ action: 'challenge.created', actorId: actor.id, subjectType: 'challenge', subjectId: saved.id, data: { type: saved.type } }, manager);
      return saved.id;
    });
    return this.detail(actor, id);
  }

  /** Edits a draft. After publication the challenge changes only through a published amendment. */
  async update(actor: AuthUser, challengeId: string, update: ChallengeUpdate, expectedVersion?: number) {
    await this.access.requireOrganiser(actor, challengeId);
    await this.dataSource.transaction(async (manager) => {
      const challenge = await manager.findOne(Challenge, { where: { id: challengeId }, lock: { mode: 'pessimistic_write' } });
      if (!challenge) throw AppError.notFound('challenge.not_found');
      if (challenge.status !== 'draft') throw AppError.conflict('challenge.frozen_use_amendment');
      if (expectedVersion !== undefined && challenge.version !== expectedVersion) throw AppError.conflict();
      const { phases } = applyUpdate(challenge, update);
      if (!blindReviewAllowed(challenge.type, challenge.blindReview)) {
        throw AppError.validation([{ path: 'blindReview', code: 'challenge.blind-review-required' }]);
      }
      await manager.save(Challenge, challenge);
      if (phases) await this.replacePhases(manager, challengeId, phases);
      await this.audit.record(
        { action: 'challenge.draft_updated', actorId: actor.id, subjectType: 'challenge', subjectId: challengeId, data: { fields: Object.keys(update).sort() } },
        manager,
      );
    });
    return this.detail(actor, challengeId);
  }

  async replacePhases(manager: EntityManager, challengeId: string, phases: Phase[]): Promise<void> {
    await manager.delete(ChallengePhase, { challengeId });
    if (!phases.length) return;
    try {
      await manager.insert(
        ChallengePhase,
        phases.map((phase, position) => ({
          challengeId,
          position,
          kind: phase.kind,
          title: phase.title ?? null,
          startsAt: new Date(phase.startsAt),
          endsAt: new Date(phase.endsAt),
        })),
      );
    } catch (error) {
      // The database refuses overlapping or inverted phases; say so in the user's terms.
      const code = (error as { code?: string }).code;
      if (code === '23P01' || code === '23514') throw AppError.validation([{ path: 'phases', code: 'phase.overlap' }]);
      throw error;
    }
  }

  /** Inside a transaction, pass its manager: a second pool connection per request can starve the pool. */
  async phasesOf(challengeId: string, manager?: EntityManager): Promise<ChallengePhase[]> {
    return (manager ? manager.getRepository(ChallengePhase) : this.phases).find({ where: { challengeId }, order: { position: 'ASC' } });
  }

  async detail(user: AuthUser | undefined, challengeId: string) {
    const { challenge, team } = await this.access.findVisible(user, challengeId);
    const [phases, amendments, questions] = await Promise.all([
      this.phasesOf(challengeId),
      this.amendments.find({ where: { challengeId }, order: { number: 'ASC' } }),
      this.questions.find({ where: { challengeId }, order: { number: 'ASC' } }),
    ]);
    const now = this.clock.now();
    const detail = challengeDetail(challenge, phases, amendments, questions, now);
    if (!team) return detail;
    return {
      ...detail,
      version: challenge.version,
      createdAt: challenge.createdAt.toISOString(),
      team: true,
      publishProblems: challenge.status === 'draft' ? canPublish(toDraft(challenge, phases), { now }) : [],
    };
  }

  async list(query: ChallengeListQuery) {
    const qb = this.challenges.createQueryBuilder('c').where('c.status IN (:...states)', { states: [...PUBLIC_STATES] });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.type) qb.andWhere('c.type = :type', { type: query.type });
    if (query.category) qb.andWhere(':category = ANY(c.categories)', { category: query.category });
    if (query.q) {
      qb.andWhere(`(c.search @@ plainto_tsquery('simple', :q) OR c.title ILIKE :like OR c.summary ILIKE :like)`, {
        q: query.q,
        like: `%${query.q.replace(/[%_\\]/g, '\\$&')}%`,
      });
    }
    qb.orderBy('c.published_at', 'DESC').addOrderBy('c.id', 'ASC');
    const [items, total] = await qb.skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    return { items: await this.summaries(items), total, page: query.page, pageSize: query.pageSize };
  }

  /** Challenges the user works on: as organiser (drafts included) or juror. */
  async mine(actor: AuthUser) {
    const ids = [...new Set([...(await this.access.challengesOf(actor.id, 'organiser')), ...(await this.access.challengesOf(actor.id, 'juror'))])];
    const where = actor.globalRole === 'admin' ? {} : { id: In(ids.length ? ids : ['00000000-0000-0000-0000-000000000000']) };
    const items = await this.challenges.find({ where, order: { createdAt: 'DESC' }, take: 200 });
    const organising = new Set(await this.access.challengesOf(actor.id, 'organiser'));
    const judging = new Set(await this.access.challengesOf(actor.id, 'juror'));
    const summaries = await this.summaries(items);
    return summaries.map((s) => ({ ...s, roles: [...(organising.has(s.id) || actor.globalRole === 'admin' ? ['organiser'] : []), ...(judging.has(s.id) ? ['juror'] : [])] }));
  }

  async categories(): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT unnest(categories) AS category FROM challenge WHERE status = ANY($1) ORDER BY 1`,
      [[...PUBLIC_STATES]],
    )) as { category: string }[];
    return rows.map((r) => r.category);
  }

  private async summaries(items: Challenge[]) {
    const phases = items.length ? await this.phases.find({ where: { challengeId: In(items.map((c) => c.id)) } }) : [];
    const now = this.clock.now();
    return items.map((c) => challengeSummary(c, phases.filter((p) => p.challengeId === c.id), now));
  }

  /** An organiser invites a colleague to organise this challenge with them. */
  async inviteOrganiser(actor: AuthUser, challengeId: string, input: { email: string; name: string }) {
    const challenge = await this.access.requireOrganiser(actor, challengeId);
    return this.invitations.invite(actor, { ...input, role: 'organiser', challengeId, preAuthorised: true, context: challenge.title });
  }

  async team(actor: AuthUser, challengeId: string) {
    await this.access.requireOrganiser(actor, challengeId);
    const rows = (await this.dataSource.query(
      `SELECT m.user_id AS "userId", u.name, u.email, m.role FROM challenge_member m JOIN app_user u ON u.id = m.user_id WHERE m.challenge_id = $1 ORDER BY m.role, u.name`,
      [challengeId],
    )) as { userId: string; name: string; email: string; role: string }[];
    return rows;
  }
}
