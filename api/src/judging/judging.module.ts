import { Module, type OnModuleInit } from '@nestjs/common';
import { judgingMessages } from '@fairpitch/shared/judging';
import { AuditModule } from '../audit/audit.module.js';
import { ChallengesModule } from '../challenges/challenges.module.js';
import { MethodLocks } from '../challenges/method-locks.js';
import { registerMessages } from '../common/messages.registry.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ScreeningModule } from '../screening/screening.module.js';
import { SubmissionsModule } from '../submissions/submissions.module.js';
import { JudgedEntries } from './judged-entries.service.js';
import { JudgingExportAdapter } from './judging-export.adapter.js';
import { JurorViews } from './juror-views.service.js';
import { JuryAccess } from './jury-access.service.js';
import { JuryAssignments } from './jury-assignments.service.js';
import { JuryConflicts } from './jury-conflicts.service.js';
import { JuryConsensus } from './jury-consensus.service.js';
import { JuryDecision } from './jury-decision.service.js';
import { JuryFeedback } from './jury-feedback.service.js';
import { JuryPairwise } from './jury-pairwise.service.js';
import { JuryPanels } from './jury-panels.service.js';
import { JuryResults } from './jury-results.service.js';
import { JuryReviews } from './jury-reviews.service.js';
import { anyScoreExists } from './jury-reviews.repository.js';

registerMessages(judgingMessages);

@Module({
  imports: [AuditModule, ChallengesModule, OrganisationsModule, SubmissionsModule, ScreeningModule],
  providers: [
    JudgedEntries,
    JuryPanels,
    JuryConflicts,
    JuryAccess,
    JuryAssignments,
    JurorViews,
    JuryReviews,
    JuryPairwise,
    JuryResults,
    JuryConsensus,
    JuryDecision,
    JuryFeedback,
    JudgingExportAdapter,
  ],
  exports: [JuryResults, JuryConflicts, JuryDecision, JudgingExportAdapter, JurorViews, JuryReviews, JuryConsensus, JuryPairwise, JuryFeedback, JuryPanels, JuryAssignments],
})
export class JudgingModule implements OnModuleInit {
  constructor(private readonly locks: MethodLocks) {}

  onModuleInit(): void {
    // Once the first score exists the published method cannot change, not even by amendment.
    this.locks.register((challengeId, manager) => anyScoreExists(manager, challengeId));
  }
}
