import { Module } from '@nestjs/common';
import { MailModule } from '@fairpitch/api/mail/mail.module';
import { MailDeliveryPoller } from './mail-delivery.poller.js';

@Module({ imports: [MailModule], providers: [MailDeliveryPoller] })
export class PollersModule {}
