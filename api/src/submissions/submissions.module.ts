import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ChallengesModule } from '../challenges/challenges.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { Attachment } from './attachment.entity.js';
import { AttachmentsService } from './attachments.service.js';
import { ChallengeEntriesController, EntriesController } from './entries.controller.js';
import { EntriesService } from './entries.service.js';
import { EntryAccess } from './entry-access.service.js';
import { Entry } from './entry.entity.js';
import { EntryOpening } from './entry-opening.service.js';
import { EntryRevision } from './entry-revision.entity.js';
import { ReceiptsController } from './receipts.controller.js';
import { ReceiptsService } from './receipts.service.js';
import { SubmitEntry } from './submit-entry.use-case.js';
import { WithdrawEntry } from './withdraw-entry.use-case.js';

@Module({
  imports: [TypeOrmModule.forFeature([Entry, EntryRevision, Attachment]), AuditModule, ChallengesModule, MailModule, OrganisationsModule, OutboxModule],
  controllers: [ChallengeEntriesController, EntriesController, ReceiptsController],
  providers: [EntriesService, EntryAccess, AttachmentsService, SubmitEntry, WithdrawEntry, EntryOpening, ReceiptsService],
  exports: [EntriesService, EntryAccess, EntryOpening, ReceiptsService],
})
export class SubmissionsModule {}
