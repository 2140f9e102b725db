import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditModule } from './audit.module.js';

/** The audit trail over HTTP: verifying the chain, reading events. Only the HTTP app loads it; the worker uses AuditModule's services without it. */
@Module({
  imports: [AuditModule],
  controllers: [AuditController],
})
export class AuditHttpModule {}
