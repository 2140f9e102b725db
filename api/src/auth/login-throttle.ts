import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { REDIS } from '../redis/redis.module.js';

/**
 * Counts failed logins per account and per client address in Redis (shared by all API replicas).
 * After maxFailures for an account, or ten times that from one address, logins are refused until
 * the lockout window has passed.
 */
@Injectable()
export class LoginThrottle {
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
    const [accountKey, ipKey] = this.keys(email, ip);
    const [account, byIp] = await this.redis.mget(accountKey, ipKey);
    const max = this.config.login.maxFailures;
    const over = Number(account ?? 0) >= max ? accountKey : Number(byIp ?? 0) >= max * 10 ? ipKey : null;
    if (!over) return 0;
    const ttl = await this.redis.pttl(over);
    return Math.max(1, Math.ceil(ttl / 60_000));
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const windowMs = this.config.login.lockoutMinutes * 60_000;
    const pipeline = this.redis.multi();
    for (const key of this.keys(email, ip)) {
      pipeline.incr(key);
      pipeline.pexpire(key, windowMs);
    }
    await pipeline.exec();
  }

  async reset(email: string): Promise<void> {
    await this.redis.del(this.keys(email, '')[0]);
  }
}
