import { Module } from '@nestjs/common';
import { MailController } from './mail.controller.js';
import { MailModule } from './mail.module.js';

/** The mail outbox over HTTP, for admins. Only the HTTP app loads it; the worker uses MailModule's services without it. */
@Module({
  imports: [MailModule],
  controllers: [MailController],
})
export class MailHttpModule {}
