import { type DynamicModule, Module } from '@nestjs/common';
import { storeModules } from '@fairpitch/api/area-modules';
import type { AppConfig } from '@fairpitch/api/config/app-config';
import { ExportsModule } from '@fairpitch/api/exports/exports.module';

/**
 * The export process's application context: the exports area and what it reads through, over
 * the database and storage. No Redis, queues, pollers or HTTP layer: the process builds one
 * export and exits.
 */
@Module({})
export class ExportProcessModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ExportProcessModule, imports: [...storeModules(config), ExportsModule] };
  }
}
