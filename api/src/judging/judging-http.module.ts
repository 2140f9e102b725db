import { Module } from '@nestjs/common';
import { JuryPanelController } from './jury-panel.controller.js';
import { JurorController } from './juror.controller.js';
import { JuryResultsController } from './jury-results.controller.js';
import { JudgingModule } from './judging.module.js';

/** The jury panel, jurors' reviews and the results over HTTP. Only the HTTP app loads it; the worker uses JudgingModule's services without it. */
@Module({
  imports: [JudgingModule],
  controllers: [JuryPanelController, JurorController, JuryResultsController],
})
export class JudgingHttpModule {}
