import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ChallengesModule } from '../challenges/challenges.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { SubmissionsModule } from '../submissions/submissions.module.js';
import { ActiveRuleset, SharedRuleset } from './ruleset.provider.js';
import { ScreeningJob } from './screening-job.entity.js';
import { ScreeningReportRow } from './screening-report.entity.js';
import { ScreeningController } from './screening.controller.js';
import { ScreeningProgressService } from './screening-progress.service.js';
import { ScreeningReportsService } from './screening-reports.service.js';
import { ScreeningReviewService } from './screening-review.service.js';
import { ScreeningService } from './screening.service.js';
import { ScreeningRunner } from './screening-runner.js';

@Module({
  imports: [TypeOrmModule.forFeature([ScreeningReportRow, ScreeningJob]), AuditModule, ChallengesModule, OrganisationsModule, OutboxModule, SubmissionsModule],
  controllers: [ScreeningController],
  providers: [{ provide: ActiveRuleset, useClass: SharedRuleset }, ScreeningService, ScreeningRunner, ScreeningReviewService, ScreeningProgressService, ScreeningReportsService],
  exports: [ScreeningService, ScreeningRunner, ScreeningReviewService, ScreeningReportsService, ActiveRuleset],
})
export class ScreeningModule {}
