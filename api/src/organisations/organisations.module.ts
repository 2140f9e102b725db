import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { challengeMessages } from '@fairpitch/shared/challenges';
import { registerMessages } from '../common/messages.registry.js';
import { AuditModule } from '../audit/audit.module.js';
import { Company } from './company.entity.js';
import { CompanyMember } from './company-member.entity.js';
import { OrganisationsController } from './organisations.controller.js';
import { OrganisationsService } from './organisations.service.js';

registerMessages(challengeMessages);

@Module({
  imports: [TypeOrmModule.forFeature([Company, CompanyMember]), AuditModule],
  controllers: [OrganisationsController],
  providers: [OrganisationsService],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
