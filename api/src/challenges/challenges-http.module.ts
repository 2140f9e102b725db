import { Module } from '@nestjs/common';
import { ChallengesController } from './challenges.controller.js';
import { QuestionsController } from './questions.controller.js';
import { HackathonController } from './hackathon.controller.js';
import { ChallengesModule } from './challenges.module.js';

/** Challenges, public Q&A and hackathon teams over HTTP. Only the HTTP app loads it; the worker uses ChallengesModule's services without it. */
@Module({
  imports: [ChallengesModule],
  controllers: [ChallengesController, QuestionsController, HackathonController],
})
export class ChallengesHttpModule {}
