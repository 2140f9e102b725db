import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { GlobalRole } from '@fairpitch/shared/accounts';
import { AppError } from '../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from './auth-user.js';
import { User } from './user.entity.js';
import { hashPassword } from './password-hasher.js';

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  globalRole: GlobalRole | null;
  locale: 'da' | 'en';
  disabled: boolean;
  createdAt: string;
}

export function toUserSummary(user: User): UserSummary {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    globalRole: user.globalRole,
    locale: user.locale,
    disabled: Boolean(user.disabledAt),
    createdAt: user.createdAt.toISOString(),
  };
}

/** The people on the platform. Other modules read users through this service only. */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly audit: AuditService,
  ) {}

  async findByEmailWithPassword(email: string): Promise<User | null> {
    return this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.email = :email', { email }).getOne();
  }

  async findByEmail(email: string): Promise<User | null> {
    return this.users.findOne({ where: { email: email.toLowerCase() } });
  }

  async findById(id: string): Promise<User | null> {
    return this.users.findOne({ where: { id } });
  }

  async findByIds(ids: string[]): Promise<User[]> {
    return ids.length ? this.users.find({ where: { id: In(ids) } }) : [];
  }

  async create(
    input: { email: string; name: string; password: string | null; globalRole: GlobalRole | null; locale?: 'da' | 'en' },
    manager: EntityManager,
  ): Promise<User> {
    const existing = await manager.findOne(User, { where: { email: input.email } });
    if (existing) throw AppError.conflict('invitation.email_taken');
    const user = manager.create(User, {
      email: input.email,
      name: input.name,
      passwordHash: input.password ? await hashPassword(input.password) : null,
      globalRole: input.globalRole,
      locale: input.locale ?? 'da',
    });
    return manager.save(User, user);
  }

  async setPassword(userId: string, password: string): Promise<void> {
    await this.users.update({ id: userId }, { passwordHash: await hashPassword(password) });
  }

  async updateProfile(user: AuthUser, changes: { name?: string; locale?: 'da' | 'en' }): Promise<UserSummary> {
    await this.users.update({ id: user.id }, changes);
    const updated = await this.users.findOneOrFail({ where: { id: user.id } });
    return toUserSummary(updated);
  }

  async list(options: { q?: string; page: number; pageSize: number }): Promise<{ items: UserSummary[]; total: number }> {
    const query = this.users.createQueryBuilder('u').orderBy('u.email', 'ASC');
    if (options.q) query.where('(u.email ILIKE :q OR u.name ILIKE :q)', { q: `%${options.q.replace(/[%_\\]/g, '\\$&')}%` });
    const [items, total] = await query.skip((options.page - 1) * options.pageSize).take(options.pageSize).getManyAndCount();
    return { items: items.map(toUserSummary), total };
  }

  async setGlobalRole(actor: AuthUser, userId: string, globalRole: GlobalRole | null): Promise<UserSummary> {
    if (userId === actor.id && globalRole !== 'admin') throw AppError.conflict('user.cannot_demote_self');
    return this.users.manager.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw AppError.notFound('user.not_found');
      const from = user.globalRole;
      user.globalRole = globalRole;
      await manager.save(User, user);
      await this.audit.record(
        { action: 'user.role_changed', actorId: actor.id, subjectType: 'user', subjectId: userId, data: { from, to: globalRole } },
        manager,
      );
      return toUserSummary(user);
    });
  }
}
