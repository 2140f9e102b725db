import { Module } from '@nestjs/common';
import { MailModule } from '@fairpitch/api/mail/mail.module';
import { ChallengesModule } from '@fairpitch/api/challenges/challenges.module';
import { ChallengeClockPoller } from './challenge-clock.poller.js';
import { MailDeliveryPoller } from './mail-delivery.poller.js';

@Module({ imports: [MailModule, ChallengesModule], providers: [MailDeliveryPoller, ChallengeClockPoller] })
export class PollersModule {}
