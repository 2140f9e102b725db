import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@fairpitch/api/config/app-config';
import { BuildExport, type BuildOutcome } from '@fairpitch/api/exports/build-export.use-case';
import { type BuildExportPayload, JOBS, QUEUES } from '@fairpitch/shared/common';
import { QueueRegistry } from '../queues/queue-registry.js';
import { ExportProcessRunner } from './export-process-runner.js';

/** Builds one export, in a process of its own unless configured otherwise. Refusals fail it at once; other errors are retried, and the last failure is recorded on the export. */
@Injectable()
export class BuildExportProcessor implements OnModuleInit {
  constructor(
    private readonly exports: BuildExport,
    private readonly queues: QueueRegistry,
    private readonly processes: ExportProcessRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queues.handle(QUEUES.exports, JOBS.buildExport, (job) => this.process(job as Job<BuildExportPayload>));
  }

  async process(job: Job<BuildExportPayload>): Promise<string> {
    try {
      return await this.build(job.data.exportId);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const attempts = job.opts.attempts ?? 1;
      if (job.attemptsMade + 1 >= attempts) await this.exports.markFailed(job.data.exportId, message);
      else await this.exports.noteRetry(job.data.exportId, `attempt ${job.attemptsMade + 1} failed, retrying: ${message}`);
      throw error;
    }
  }

  private build(exportId: string): Promise<BuildOutcome> {
    return this.config.exports.isolation === 'process' ? this.processes.run(exportId) : this.exports.execute(exportId);
  }
}
