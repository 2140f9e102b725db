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

/** The area modules (entities and services), shared by the HTTP app and the worker's application context. */
export const AREA_MODULES = [AuditModule, MailModule, AuthModule, OrganisationsModule, ChallengesModule, OutboxModule, SubmissionsModule, ScreeningModule, JudgingModule, ExportsModule];

/** Configuration, the database, the clock and domain events, and document storage: what every process of the platform needs. */
export function storeModules(config: AppConfig) {
  return [ConfigModule.forRoot(config), TypeOrmModule.forRoot({ ...typeormOptions(config), autoLoadEntities: true }), CommonModule, StorageModule];
}

/** The store modules and Redis: what the HTTP app and the worker need. */
export function infrastructureModules(config: AppConfig) {
  return [...storeModules(config), RedisModule];
}
