import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { ChallengeRole } from '@fairpitch/shared/accounts';
import { AppError } from '../common/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Challenge } from './challenge.entity.js';
import { ChallengeMember } from './challenge-member.entity.js';

const TEAM_ONLY_STATES = new Set(['draft']);

/**
 * Who may see and do what on a challenge, in one place. Organisers and admins form the
 * challenge's team; jurors have their own, narrower rights (judging checks those).
 */
@Injectable()
export class ChallengeAccess {
  constructor(
    @InjectRepository(Challenge) private readonly challenges: Repository<Challenge>,
    @InjectRepository(ChallengeMember) private readonly members: Repository<ChallengeMember>,
  ) {}

  // Inside a transaction, pass its manager to these: a second pool connection per request can starve the pool.

  async rolesOf(userId: string, challengeId: string, manager?: EntityManager): Promise<ChallengeRole[]> {
    const rows = await (manager?.getRepository(ChallengeMember) ?? this.members).find({ where: { userId, challengeId } });
    return rows.map((r) => r.role);
  }

  async isOrganiser(user: AuthUser | undefined, challengeId: string, manager?: EntityManager): Promise<boolean> {
    if (!user) return false;
    if (user.globalRole === 'admin') return true;
    return (await this.rolesOf(user.id, challengeId, manager)).includes('organiser');
  }

  async isJuror(user: AuthUser | undefined, challengeId: string, manager?: EntityManager): Promise<boolean> {
    if (!user) return false;
    return (await this.rolesOf(user.id, challengeId, manager)).includes('juror');
  }

  /** The challenge, if the user may see it at all; drafts exist only for their team. */
  async findVisible(user: AuthUser | undefined, challengeId: string, manager?: EntityManager): Promise<{ challenge: Challenge; team: boolean }> {
    const challenge = await (manager?.getRepository(Challenge) ?? this.challenges).findOne({ where: { id: challengeId } });
    if (!challenge) throw AppError.notFound('challenge.not_found');
    const team = await this.isOrganiser(user, challengeId, manager);
    const neverPublished = TEAM_ONLY_STATES.has(challenge.status) || (challenge.status === 'cancelled' && !challenge.publishedAt);
    if (neverPublished && !team) throw AppError.notFound('challenge.not_found');
    return { challenge, team };
  }

  /** For organiser actions: 404 when the user cannot see the challenge, 403 when they can but may not act. */
  async requireOrganiser(user: AuthUser, challengeId: string, manager?: EntityManager): Promise<Challenge> {
    const { challenge, team } = await this.findVisible(user, challengeId, manager);
    if (!team) throw AppError.forbidden('challenge.organiser_required');
    return challenge;
  }

  async challengesOf(userId: string, role: ChallengeRole): Promise<string[]> {
    return (await this.members.find({ where: { userId, role } })).map((m) => m.challengeId);
  }

  /** In the order they joined; the id breaks ties between members added at once, so juror pseudonyms are stable. */
  async usersWithRole(challengeId: string, role: ChallengeRole): Promise<string[]> {
    return (await this.members.find({ where: { challengeId, role }, order: { createdAt: 'ASC', userId: 'ASC' } })).map((m) => m.userId);
  }
}
