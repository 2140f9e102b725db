import { Inject, Injectable, Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { BullBoardModule, InjectBullBoard } from '@bull-board/nestjs';
import type { BullBoardInstance, BullBoardModuleOptions } from '@bull-board/nestjs';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { QUEUES, formatMessage, pickLocale } from '@fairpitch/shared/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { bullConnection } from '../redis/redis.module.js';
import { SessionsService } from '../auth/sessions.service.js';
import { SESSION_COOKIE } from '../auth/session-cookie.js';
import { messages } from '../common/messages.registry.js';

/** Only admins reach the queue dashboard; everyone else gets the usual refusal. */
function adminsOnly(sessions: SessionsService) {
  return async (request: Request, response: Response, next: NextFunction) => {
    const token = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const user = token ? await sessions.resolve(token) : null;
    if (user?.globalRole === 'admin') return next();
    const code = user ? 'auth.forbidden' : 'auth.required';
    response.status(user ? 403 : 401).json({ code, message: formatMessage(messages(), code, pickLocale(request.headers['accept-language'])) });
  };
}

@Injectable()
class DashboardQueues implements OnModuleInit, OnModuleDestroy {
  private readonly queues: Queue[];

  constructor(
    @InjectBullBoard() private readonly board: BullBoardInstance,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.queues = Object.values(QUEUES).map((name) => new Queue(name, { connection: bullConnection(config), prefix: `${config.redisPrefix}:bull` }));
  }

  onModuleInit(): void {
    for (const queue of this.queues) this.board.addQueue(new BullMQAdapter(queue));
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close().catch(() => undefined)));
  }
}

/** The BullMQ dashboard (bull-board) for admins, under /api/admin/queues. */
@Module({
  imports: [
    BullBoardModule.forRootAsync({
      inject: [SessionsService],
      // The express adapter is built against a sibling release of the board's API package.
      useFactory: (sessions: SessionsService): BullBoardModuleOptions => ({
        route: '/admin/queues',
        adapter: ExpressAdapter as unknown as BullBoardModuleOptions['adapter'],
        middleware: adminsOnly(sessions),
      }),
    }),
  ],
  providers: [DashboardQueues],
})
export class QueueDashboardModule {}
