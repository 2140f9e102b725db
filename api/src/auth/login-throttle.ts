import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { REDIS } from '../redis/redis.module.js';

/**
 * Counts failed logins per account and per client address in Redis (shared by all API replicas).
 * After maxFailures for an account, or ten times that from one address, logins are refused until
 * the lockout window has passed. While Redis is unreachable the throttle lets logins through
 * (and logs it): an outage must not lock every user out, and argon2id still slows guessing.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger('LoginThrottle');

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(email: string, ip: string): [string, string] {
    const prefix = `${this.config.redisPrefix}:login-fail`;
    return [`${prefix}:account:${email}`, `${prefix}:ip:${ip}`];
  }

  /** Minutes left of a lockout, or 0 when the attempt may proceed. */
  async lockedMinutes(email: string, ip: string): Promise<number> {
    return this.failOpen(() => this.remainingLockout(email, ip), 0);
  }

  private async failOpen<T>(action: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await action();
    } catch (error) {
      this.logger.warn(`login throttling unavailable: ${String(error)}`);
      return fallback;
    }
  }

  private async remainingLockout(email: string, ip: string): Promise<number> {
    const [accountKey, ipKey] = this.keys(email, ip);
    const [account, byIp] = await this.redis.mget(accountKey, ipKey);
    const max = this.config.login.maxFailures;
    const over = Number(account ?? 0) >= max ? accountKey : Number(byIp ?? 0) >= max * 10 ? ipKey : null;
    if (!over) return 0;
    const ttl = await this.redis.pttl(over);
    return Math.max(1, Math.ceil(ttl / 60_000));
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.failOpen(() => this.countFailure(email, ip), undefined);
  }

  private async countFailure(email: string, ip: string): Promise<void> {
    const windowMs = this.config.login.lockoutMinutes * 60_000;
    const pipeline = this.redis.multi();
    for (const key of this.keys(email, ip)) {
      pipeline.incr(key);
      pipeline.pexpire(key, windowMs);
    }
    await pipeline.exec();
  }

  async reset(email: string): Promise<void> {
    await this.failOpen(() => this.redis.del(this.keys(email, '')[0]), 0);
  }
}
