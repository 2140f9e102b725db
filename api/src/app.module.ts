import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { typeormOptions } from './database/typeorm-options.js';
import { RedisModule } from './redis/redis.module.js';
import { CommonModule } from './common/common.module.js';
import { AuditModule } from './audit/audit.module.js';
import { MailModule } from './mail/mail.module.js';
import { AuthModule } from './auth/auth.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { ChallengesModule } from './challenges/challenges.module.js';
import { OutboxModule } from './outbox/outbox.module.js';
import { StorageModule } from './storage/storage.module.js';
import { SubmissionsModule } from './submissions/submissions.module.js';
import { ScreeningModule } from './screening/screening.module.js';
import { JudgingModule } from './judging/judging.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { HealthModule } from './health/health.module.js';
import { QueueDashboardModule } from './admin/queue-dashboard.module.js';

/** The area modules, shared by the HTTP app and the worker's application context. */
export const AREA_MODULES = [AuditModule, MailModule, AuthModule, OrganisationsModule, ChallengesModule, OutboxModule, SubmissionsModule, ScreeningModule, JudgingModule, ExportsModule];

export function infrastructureModules(config: AppConfig) {
  return [
    ConfigModule.forRoot(config),
    TypeOrmModule.forRoot({ ...typeormOptions(config), autoLoadEntities: true }),
    RedisModule,
    CommonModule,
    StorageModule,
  ];
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppModule, imports: [...infrastructureModules(config), ...AREA_MODULES, HealthModule, QueueDashboardModule] };
  }
}
