import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@fairpitch/api/config/app-config';
import { OutboxModule } from '@fairpitch/api/outbox/outbox.module';
import { ScreeningModule } from '@fairpitch/api/screening/screening.module';
import { JOBS, QUEUES } from '@fairpitch/shared/common';
import { ScreenEntryProcessor } from '../processors/screen-entry.processor.js';
import { ScreeningIntakeProcessor } from '../processors/screening-intake.processor.js';
import { OutboxRelay } from '../relay/outbox-relay.poller.js';
import { QueueRegistry } from './queue-registry.js';

/** Jobs the worker must be able to run; booting without a handler for one of them fails. */
export const REQUIRED_JOBS = [
  { queue: QUEUES.screening, job: JOBS.entrySubmitted },
  { queue: QUEUES.screening, job: JOBS.screenEntry },
  { queue: QUEUES.exports, job: JOBS.buildExport },
];

@Module({
  imports: [OutboxModule, ScreeningModule],
  providers: [QueueRegistry, OutboxRelay, ScreeningIntakeProcessor, ScreenEntryProcessor],
  exports: [QueueRegistry, OutboxRelay],
})
export class QueuesModule implements OnApplicationBootstrap {
  constructor(
    private readonly registry: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Twice as many jobs in flight as screening threads: while one job reads its documents or
    // writes its report, another keeps the thread busy.
    this.registry.start(REQUIRED_JOBS, { [QUEUES.screening]: this.config.screening.concurrency * 2 });
  }
}
