import { type DynamicModule, Module } from '@nestjs/common';
import { AREA_MODULES, infrastructureModules } from '@fairpitch/api/area-modules';
import type { AppConfig } from '@fairpitch/api/config/app-config';
import { PollersModule } from './pollers/pollers.module.js';
import { QueuesModule } from './queues/queues.module.js';
import { ExportsWorkerModule } from './exports/exports-worker.module.js';

/** The worker's application context: the api's area modules (same services), no HTTP server. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerModule, imports: [...infrastructureModules(config), ...AREA_MODULES, PollersModule, QueuesModule, ExportsWorkerModule] };
  }
}
