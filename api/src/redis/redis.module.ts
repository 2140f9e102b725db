import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export const REDIS = Symbol('REDIS');

/** Connection options for BullMQ (which opens and closes its own connections): no retry cap, as it needs for blocking commands. */
export function bullConnection(config: AppConfig): { url: string; maxRetriesPerRequest: null } {
  return { url: config.redisUrl, maxRetriesPerRequest: null };
}

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      // Commands fail fast while Redis is away so requests answer instead of hanging.
      useFactory: (config: AppConfig) => {
        const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, lazyConnect: false });
        // Reconnection is automatic; say so once per outage instead of on every retry.
        let reported = false;
        redis.on('error', (error: Error) => {
          if (!reported) new Logger('Redis').warn(`Redis unavailable: ${error.message}`);
          reported = true;
        });
        redis.on('ready', () => {
          reported = false;
        });
        return redis;
      },
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
