import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { OutboxService } from '@fairpitch/api/outbox/outbox.service';
import { ScreeningService } from '@fairpitch/api/screening/screening.service';
import { type EntrySubmittedPayload, JOBS, QUEUES } from '@fairpitch/shared/common';
import { QueueRegistry } from '../queues/queue-registry.js';

export const SCREENING_INTAKE = 'screening-intake';

/** Receives "entry submitted" once, however often it is delivered, and queues the screening. */
@Injectable()
export class ScreeningIntakeProcessor implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly screening: ScreeningService,
    private readonly queues: QueueRegistry,
  ) {}

  onModuleInit(): void {
    this.queues.handle(QUEUES.screening, JOBS.entrySubmitted, (job) => this.process(job as Job<EntrySubmittedPayload>));
  }

  async process(job: Job<EntrySubmittedPayload>): Promise<{ first: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const first = await this.outbox.markConsumed(manager, SCREENING_INTAKE, job.data.outboxId);
      if (first) await this.screening.onEntrySubmitted(manager, job.data);
      return { first };
    });
  }
}
