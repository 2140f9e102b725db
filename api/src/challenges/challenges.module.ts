import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { challengeMessages } from '@fairpitch/shared/challenges';
import { submissionMessages } from '@fairpitch/shared/submissions';
import { registerMessages } from '../common/messages.registry.js';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { AmendChallenge } from './amend-challenge.use-case.js';
import { Amendment } from './amendment.entity.js';
import { ChallengeAccess } from './challenge-access.service.js';
import { Challenge } from './challenge.entity.js';
import { ChallengeLifecycle } from './challenge-lifecycle.service.js';
import { ChallengeMember } from './challenge-member.entity.js';
import { ChallengeNotices } from './challenge-notices.service.js';
import { ChallengePhase } from './challenge-phase.entity.js';
import { ChallengeRegistration } from './challenge-registration.entity.js';
import { ChallengesService } from './challenges.service.js';
import { MethodLocks } from './method-locks.js';
import { PublishChallenge } from './publish-challenge.use-case.js';
import { Question } from './question.entity.js';
import { QuestionsService } from './questions.service.js';
import { ScreeningRuleCatalogue } from './screening-rule-catalogue.js';
import { SubmissionTermsReader } from './submission-terms.service.js';
import { HackathonTeamsService } from './hackathon-teams.service.js';

registerMessages(challengeMessages);
registerMessages(submissionMessages);
registerMessages({
  'lifecycle.closes-at-deadline': {
    da: 'Indsendelsen lukker ved den offentliggjorte frist ({deadline}), ikke før.',
    en: 'Submission closes at the published deadline ({deadline}), not before.',
  },
  'amendment.phases-after-close': {
    da: 'Indsendelsen er lukket ({status}), så faserne og fristen kan ikke længere ændres.',
    en: 'Submission has closed ({status}), so the phases and the deadline can no longer change.',
  },
});

@Module({
  imports: [
    TypeOrmModule.forFeature([Challenge, ChallengePhase, ChallengeMember, ChallengeRegistration, Amendment, Question]),
    AuditModule,
    MailModule,
    OrganisationsModule,
  ],
  providers: [
    ChallengesService,
    ChallengeAccess,
    ChallengeLifecycle,
    ChallengeNotices,
    PublishChallenge,
    AmendChallenge,
    QuestionsService,
    MethodLocks,
    ScreeningRuleCatalogue,
    HackathonTeamsService,
    SubmissionTermsReader,
  ],
  exports: [ChallengesService, ChallengeAccess, ChallengeLifecycle, ChallengeNotices, MethodLocks, QuestionsService, SubmissionTermsReader, PublishChallenge, AmendChallenge, HackathonTeamsService],
})
export class ChallengesModule {}
