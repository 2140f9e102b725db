import { Module } from '@nestjs/common';
import { OrganisationsController } from './organisations.controller.js';
import { OrganisationsModule } from './organisations.module.js';

/** Companies and their members over HTTP. Only the HTTP app loads it; the worker uses OrganisationsModule's services without it. */
@Module({
  imports: [OrganisationsModule],
  controllers: [OrganisationsController],
})
export class OrganisationsHttpModule {}
