import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { exportMessages } from '@fairpitch/shared/exports';
import { registerMessages } from '../common/messages.registry.js';
import { AuditBatchReads } from '../audit/audit-batch-reads.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ChallengesModule } from '../challenges/challenges.module.js';
import { JudgingExportAdapter } from '../judging/judging-export.adapter.js';
import { JudgingModule } from '../judging/judging.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { ScreeningBatchReads } from '../screening/screening-batch-reads.service.js';
import { ScreeningModule } from '../screening/screening.module.js';
import { SubmissionsModule } from '../submissions/submissions.module.js';
import { BuildExport } from './build-export.use-case.js';
import { ExportFileRow, ExportRow } from './export.entity.js';
import { ExportsService } from './exports.service.js';
import { JudgingExportSource } from './judging-export-source.js';
import { ApplyRetention } from './retention/apply-retention.service.js';
import { ExportSnapshotService } from './snapshot/export-snapshot.service.js';

registerMessages(exportMessages);

/**
 * Procurement exports: spreadsheets, the evaluation report, OCDS data and the verifiable archive.
 * Judging data comes through JudgingExportSource, implemented by judging over its own tables.
 * The audit and screening areas' batch readers (their tables, read for a whole challenge at
 * once) are provided here, where they are used, until their own modules list them.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ExportRow, ExportFileRow]), AuditModule, AuthModule, ChallengesModule, JudgingModule, OrganisationsModule, OutboxModule, ScreeningModule, SubmissionsModule],
  providers: [
    { provide: JudgingExportSource, useExisting: JudgingExportAdapter },
    AuditBatchReads,
    ScreeningBatchReads,
    ExportSnapshotService,
    ExportsService,
    BuildExport,
    ApplyRetention,
  ],
  exports: [ExportsService, BuildExport, ApplyRetention, ExportSnapshotService, JudgingExportSource],
})
export class ExportsModule {}
