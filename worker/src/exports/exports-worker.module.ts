import { Module } from '@nestjs/common';
import { ExportsModule } from '@fairpitch/api/exports/exports.module';
import { QueuesModule } from '../queues/queues.module.js';
import { BuildExportProcessor } from './build-export.processor.js';
import { ExportProcessRunner } from './export-process-runner.js';
import { RetentionPoller } from './retention.poller.js';

/** The export job's processor (which builds each export in a process of its own) and the retention timer; both call the api's exports services. */
@Module({
  imports: [ExportsModule, QueuesModule],
  providers: [BuildExportProcessor, ExportProcessRunner, RetentionPoller],
})
export class ExportsWorkerModule {}
