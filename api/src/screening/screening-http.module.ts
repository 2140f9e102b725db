import { Module } from '@nestjs/common';
import { ScreeningController } from './screening.controller.js';
import { ScreeningModule } from './screening.module.js';

/** Screening reports, progress and the organiser's review over HTTP. Only the HTTP app loads it; the worker uses ScreeningModule's services without it. */
@Module({
  imports: [ScreeningModule],
  controllers: [ScreeningController],
})
export class ScreeningHttpModule {}
