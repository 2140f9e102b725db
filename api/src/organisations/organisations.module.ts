import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { challengeMessages } from '@fairpitch/shared/challenges';
import { registerMessages } from '../common/messages.registry.js';
import { AuditModule } from '../audit/audit.module.js';
import { Company } from './company.entity.js';
import { CompanyMember } from './company-member.entity.js';
import { OrganisationsService } from './organisations.service.js';

registerMessages(challengeMessages);
registerMessages({
  'company.staff_cannot_join': {
    da: 'Kommunale medarbejdere kan ikke være medlem af en virksomhed, så myndighed og deltager holdes adskilt.',
    en: 'Municipal staff cannot be members of a company, so the authority and the participants stay apart.',
  },
});

@Module({
  imports: [TypeOrmModule.forFeature([Company, CompanyMember]), AuditModule],
  providers: [OrganisationsService],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
