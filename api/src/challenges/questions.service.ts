import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { AnswerInput, QuestionInput } from '@fairpitch/shared/challenges';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { ChallengeAccess } from './challenge-access.service.js';
import { Challenge } from './challenge.entity.js';
import { ChallengeNotices } from './challenge-notices.service.js';
import { ChallengeRegistration } from './challenge-registration.entity.js';
import { publishedQuestionView } from './challenge-views.js';
import { Question } from './question.entity.js';

const OPEN_FOR_QUESTIONS = new Set(['published', 'submission-open']);

/**
 * Public Q&A on equal terms: questions come in privately, every answer is published to everyone
 * with the question anonymised, and there is no way to answer one company privately.
 */
@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Question) private readonly questions: Repository<Question>,
    private readonly access: ChallengeAccess,
    private readonly organisations: OrganisationsService,
    private readonly notices: ChallengeNotices,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Registers a company for a challenge so it receives every answer and amendment. */
  async register(actor: AuthUser, challengeId: string, companyId: string): Promise<{ challengeId: string; companyId: string }> {
    const { challenge } = await this.access.findVisible(actor, challengeId);
    if (challenge.status === 'draft') throw AppError.notFound('challenge.not_found');
    if (!(await this.organisations.roleOf(actor.id, companyId))) throw AppError.forbidden('company.member_required');
    await this.dataSource.transaction((manager) => this.registerIn(manager, actor, challengeId, companyId));
    return { challengeId, companyId };
  }

  /** Registers inside the caller's transaction; a new registration is audited, a repeated one changes nothing. */
  private async registerIn(manager: EntityManager, actor: AuthUser, challengeId: string, companyId: string): Promise<void> {
    const inserted = (await manager.query(
      `INSERT INTO challenge_registration (challenge_id, company_id, registered_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING company_id`,
      [challengeId, companyId, actor.id],
    )) as unknown[];
    if (inserted.length) {
      await this.audit.record({ action: 'challenge.company_registered', actorId: actor.id, subjectType: 'challenge', subjectId: challengeId, data: { companyId } }, manager);
    }
  }

  async myRegistrations(actor: AuthUser, challengeId: string): Promise<string[]> {
    const companyIds = await this.organisations.companyIdsOf(actor.id);
    if (!companyIds.length) return [];
    const rows = await this.dataSource.getRepository(ChallengeRegistration).find({ where: { challengeId } });
    return rows.map((r) => r.companyId).filter((id) => companyIds.includes(id));
  }

  async ask(actor: AuthUser, challengeId: string, input: QuestionInput & { companyId?: string }) {
    const { challenge } = await this.access.findVisible(actor, challengeId);
    if (!OPEN_FOR_QUESTIONS.has(challenge.status)) throw AppError.conflict('question.closed');
    const companyIds = await this.organisations.companyIdsOf(actor.id);
    if (!companyIds.length) throw AppError.forbidden('company.member_required');
    const companyId = input.companyId ?? (companyIds.length === 1 ? companyIds[0]! : null);
    if (!companyId) throw AppError.validation([{ path: 'companyId', code: 'validation.required' }]);
    if (!companyIds.includes(companyId)) throw AppError.forbidden('company.member_required');
    return this.dataSource.transaction(async (manager) => {
      // Asking registers the company, so it hears every answer.
      await this.registerIn(manager, actor, challengeId, companyId);
      const question = await manager.save(
        Question,
        manager.create(Question, { challengeId, askedBy: actor.id, companyId, text: input.text, askedAt: this.clock.now() }),
      );
      // The audit trail keeps who asked (for accountability); the public never learns it.
      await this.audit.record({ action: 'question.asked', actorId: actor.id, subjectType: 'challenge', subjectId: challengeId, data: { questionId: question.id } }, manager);
      return { id: question.id, text: question.text, askedAt: question.askedAt.toISOString(), status: 'pending' as const };
    });
  }

  /** The asker's own questions with their state; answers appear as published to all. */
  async mine(actor: AuthUser, challengeId: string) {
    await this.access.findVisible(actor, challengeId);
    const rows = await this.questions.find({ where: { challengeId, askedBy: actor.id }, order: { askedAt: 'DESC' } });
    return rows.map((q) => ({
      id: q.id,
      text: q.text,
      askedAt: q.askedAt.toISOString(),
      status: q.answeredAt ? ('answered' as const) : ('pending' as const),
      published: q.answeredAt ? publishedQuestionView(q) : null,
    }));
  }

  /** For organisers: every question, without who asked it, so answers are written for everyone. */
  async forOrganisers(actor: AuthUser, challengeId: string) {
    await this.access.requireOrganiser(actor, challengeId);
    const rows = await this.questions.find({ where: { challengeId }, order: { askedAt: 'ASC' } });
    return rows.map((q) => ({
      id: q.id,
      text: q.text,
      askedAt: q.askedAt.toISOString(),
      status: q.answeredAt ? ('answered' as const) : ('pending' as const),
      published: q.answeredAt ? publishedQuestionView(q) : null,
    }));
  }

  async answer(actor: AuthUser, questionId: string, input: AnswerInput) {
    const found = await this.questions.findOne({ where: { id: questionId } });
    if (!found) throw AppError.notFound('question.not_found');
    await this.access.requireOrganiser(actor, found.challengeId);
    return this.dataSource.transaction(async (manager) => {
      const question = await manager.findOneOrFail(Question, { where: { id: questionId }, lock: { mode: 'pessimistic_write' } });
      if (question.answeredAt) throw AppError.conflict('question.already-answered');
      const challenge = await manager.findOneOrFail(Challenge, { where: { id: question.challengeId }, lock: { mode: 'pessimistic_write' } });
      const [{ next }] = (await manager.query(`SELECT coalesce(max(number), 0) + 1 AS next FROM challenge_question WHERE challenge_id = $1`, [challenge.id])) as { next: number }[];
      Object.assign(question, {
        number: next,
        publishedQuestion: input.publishedQuestion ?? question.text,
        answer: input.text,
        answeredBy: actor.id,
        answeredAt: this.clock.now(),
      });
      await manager.save(Question, question);
      await this.audit.record(
        { action: 'question.answered', actorId: actor.id, subjectType: 'challenge', subjectId: challenge.id, data: { questionId, number: next } },
        manager,
      );
      const notified = await this.notices.notifyRegistered(manager, challenge, 'answer', {
        da: `Spørgsmål ${next} er besvaret og offentliggjort for alle deltagere.`,
        en: `Question ${next} has been answered and published to all participants.`,
      });
      return { ...publishedQuestionView(question), notifiedRecipients: notified };
    });
  }
}
