import { Injectable } from '@nestjs/common';
import { checkPassword } from '@fairpitch/shared/accounts';
import { createHash } from 'node:crypto';
import { AppError } from '../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from './auth-user.js';
import { LoginThrottle } from './login-throttle.js';
import { verifyPassword } from './password-hasher.js';
import { SessionsService } from './sessions.service.js';
import { type UserSummary, UsersService, toUserSummary } from './users.service.js';

export interface ClientInfo {
  ip: string;
  userAgent?: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string, client: ClientInfo): Promise<{ token: string; expiresAt: Date; user: UserSummary }> {
    const locked = await this.throttle.lockedMinutes(email, client.ip);
    if (locked > 0) throw new AppError('auth.locked', 429, { minutes: locked });

    const user = await this.users.findByEmailWithPassword(email);
    const valid = await verifyPassword(user?.passwordHash, password);
    if (!user || !valid || user.disabledAt) {
      await this.throttle.recordFailure(email, client.ip);
      // Unknown addresses are recorded by hash only: a typo is not an account to keep data on.
      await this.audit.record({
        action: 'auth.login_failed',
        actorId: user?.id ?? null,
        subjectType: 'user',
        subjectId: user?.id ?? null,
        data: user ? { ip: client.ip } : { emailSha256: createHash('sha256').update(email).digest('hex'), ip: client.ip },
      });
      throw new AppError('auth.invalid_credentials', 401);
    }
    await this.throttle.reset(email);
    const session = await this.sessions.create(user.id, client);
    await this.audit.record({ action: 'auth.login', actorId: user.id, subjectType: 'user', subjectId: user.id, data: { ip: client.ip } });
    return { ...session, user: toUserSummary(user) };
  }

  async logout(user: AuthUser): Promise<void> {
    await this.sessions.revoke(user.sessionId);
    await this.audit.record({ action: 'auth.logout', actorId: user.id, subjectType: 'user', subjectId: user.id });
  }

  async me(user: AuthUser): Promise<UserSummary> {
    const found = await this.users.findById(user.id);
    if (!found) throw AppError.unauthorised();
    return toUserSummary(found);
  }

  async changePassword(user: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const problem = checkPassword(newPassword, user.email);
    if (problem) throw AppError.validation([{ path: 'newPassword', code: problem.code, params: problem.params }]);
    const found = await this.users.findByEmailWithPassword(user.email);
    if (!found || !(await verifyPassword(found.passwordHash, currentPassword))) {
      throw AppError.validation([{ path: 'currentPassword', code: 'auth.password_wrong' }]);
    }
    await this.users.setPassword(user.id, newPassword);
    // Other sessions may belong to whoever knew the old password.
    await this.sessions.revokeAllForUser(user.id, user.sessionId);
    await this.audit.record({ action: 'auth.password_changed', actorId: user.id, subjectType: 'user', subjectId: user.id });
  }
}
