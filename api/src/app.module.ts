import { type DynamicModule, Module } from '@nestjs/common';
import { AREA_MODULES, infrastructureModules } from './area-modules.js';
import type { AppConfig } from './config/app-config.js';
import { AuditHttpModule } from './audit/audit-http.module.js';
import { AuthHttpModule } from './auth/auth-http.module.js';
import { ChallengesHttpModule } from './challenges/challenges-http.module.js';
import { ExportsHttpModule } from './exports/exports-http.module.js';
import { JudgingHttpModule } from './judging/judging-http.module.js';
import { MailHttpModule } from './mail/mail-http.module.js';
import { OrganisationsHttpModule } from './organisations/organisations-http.module.js';
import { ScreeningHttpModule } from './screening/screening-http.module.js';
import { SubmissionsHttpModule } from './submissions/submissions-http.module.js';
import { HealthModule } from './health/health.module.js';
import { QueueDashboardModule } from './admin/queue-dashboard.module.js';

/**
 * Each area's controllers, in a module of their own over the area's services: only the HTTP app
 * loads them, so the worker never loads the HTTP layer (routes, request schemas, OpenAPI).
 */
export const HTTP_MODULES = [
  AuditHttpModule,
  MailHttpModule,
  AuthHttpModule,
  OrganisationsHttpModule,
  ChallengesHttpModule,
  SubmissionsHttpModule,
  ScreeningHttpModule,
  JudgingHttpModule,
  ExportsHttpModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppModule, imports: [...infrastructureModules(config), ...AREA_MODULES, ...HTTP_MODULES, HealthModule, QueueDashboardModule] };
  }
}
