import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Job } from 'bullmq';
import { ScreeningService } from '@fairpitch/api/screening/screening.service';
import { JOBS, QUEUES, type ScreenEntryPayload } from '@fairpitch/shared/common';
import { QueueRegistry } from '../queues/queue-registry.js';

/** Screens one entry revision; after the last retry the job is marked failed for organisers to see and re-run. */
@Injectable()
export class ScreenEntryProcessor implements OnModuleInit {
  constructor(
    private readonly screening: ScreeningService,
    private readonly queues: QueueRegistry,
  ) {}

  onModuleInit(): void {
    this.queues.handle(QUEUES.screening, JOBS.screenEntry, (job) => this.process(job as Job<ScreenEntryPayload>));
  }

  async process(job: Job<ScreenEntryPayload>): Promise<string> {
    try {
      return await this.screening.screen(job.data);
    } catch (error) {
      const attempts = job.opts.attempts ?? 1;
      if (job.attemptsMade + 1 >= attempts) await this.screening.markFailed(job.data, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }
}
