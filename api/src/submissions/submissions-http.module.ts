import { Module } from '@nestjs/common';
import { ChallengeEntriesController, EntriesController } from './entries.controller.js';
import { ReceiptsController } from './receipts.controller.js';
import { SubmissionsModule } from './submissions.module.js';

/** Entries, documents and receipts over HTTP. Only the HTTP app loads it; the worker uses SubmissionsModule's services without it. */
@Module({
  imports: [SubmissionsModule],
  controllers: [ChallengeEntriesController, EntriesController, ReceiptsController],
})
export class SubmissionsHttpModule {}
