import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { hashToken, newSecretToken } from '../common/tokens.js';
import { Session } from './session.entity.js';
import type { AuthUser } from './auth-user.js';

const TOUCH_INTERVAL_MS = 5 * 60_000;

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(userId: string, client: { ip?: string; userAgent?: string }): Promise<{ token: string; expiresAt: Date }> {
    const { token, hash } = newSecretToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlMs);
    await this.sessions.insert({
      id: hash,
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      revokedAt: null,
      ip: client.ip?.slice(0, 64) ?? null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    return { token, expiresAt };
  }

  /** The user behind a cookie token, or null if the session is unknown, expired, revoked or the user disabled. */
  async resolve(token: string): Promise<AuthUser | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const id = hashToken(token);
    // One round trip on every request: session and user together.
    const [row] = (await this.sessions.query(
      `SELECT u.id, u.email, u.name, u.global_role AS "globalRole", u.locale, s.last_seen_at AS "lastSeenAt"
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [id],
    )) as (Omit<AuthUser, 'sessionId'> & { lastSeenAt: Date })[];
    if (!row) return null;
    const now = Date.now();
    if (now - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update({ id }, { lastSeenAt: new Date(now) });
    }
    return { id: row.id, email: row.email, name: row.name, globalRole: row.globalRole, locale: row.locale, sessionId: id };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeAllForUser(userId: string, exceptSessionId?: string): Promise<void> {
    const query = this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: new Date() })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (exceptSessionId) query.andWhere('id <> :exceptSessionId', { exceptSessionId });
    await query.execute();
  }
}
