import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { registerMessages } from '../common/messages.registry.js';
import { AuditModule } from '../audit/audit.module.js';
import { ChallengesModule } from '../challenges/challenges.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { SubmissionsModule } from '../submissions/submissions.module.js';
import { ActiveRuleset, SharedRuleset } from './ruleset.provider.js';
import { ScreeningBatchReads } from './screening-batch-reads.service.js';
import { ScreeningJob } from './screening-job.entity.js';
import { ScreeningReportRow } from './screening-report.entity.js';
import { ScreeningProgressService } from './screening-progress.service.js';
import { ScreeningReportsService } from './screening-reports.service.js';
import { ScreeningReviewService } from './screening-review.service.js';
import { ScreeningService } from './screening.service.js';
import { ScreeningRunner } from './screening-runner.js';

// Codes this module answers with that the shared catalogues do not carry.
registerMessages({
  'screening.not-yet-visible': {
    da: 'Screeningsrapporten vises, når screeningsfasen er slut.',
    en: 'The screening report is shown once the screening phase is over.',
  },
  'screening.not-ready': { da: 'Screeningen er ikke klar endnu.', en: 'The screening is not ready yet.' },
  'screening.not-a-failed-blocker': {
    da: 'Reglen er ikke et blokerende krav, der fejlede i rapporten.',
    en: 'The rule is not a blocking requirement that failed in the report.',
  },
  'screening.response-period-over': {
    da: 'Fristen for at svare på screeningsrapporten er overskredet.',
    en: 'The period for responding to the screening report is over.',
  },
});

@Module({
  imports: [TypeOrmModule.forFeature([ScreeningReportRow, ScreeningJob]), AuditModule, ChallengesModule, OrganisationsModule, OutboxModule, SubmissionsModule],
  providers: [{ provide: ActiveRuleset, useClass: SharedRuleset }, ScreeningService, ScreeningRunner, ScreeningReviewService, ScreeningProgressService, ScreeningReportsService, ScreeningBatchReads],
  exports: [ScreeningService, ScreeningRunner, ScreeningReviewService, ScreeningReportsService, ActiveRuleset, ScreeningProgressService],
})
export class ScreeningModule {}
