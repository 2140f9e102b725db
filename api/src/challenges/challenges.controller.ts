import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type AmendmentInput,
  CHALLENGE_STATES,
  CHALLENGE_TYPES,
  type ChallengeCreate,
  type ChallengeUpdate,
  type QuestionInput,
  amendmentInputSchema,
  challengeCreateSchema,
  challengeUpdateSchema,
  questionInputSchema,
} from '@fairpitch/shared/challenges';
import { emailSchema } from '@fairpitch/shared/accounts';
import { z } from 'zod';
import { Auth, CurrentUser, SignedInUser } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AmendChallenge } from './amend-challenge.use-case.js';
import { ChallengeLifecycle } from './challenge-lifecycle.service.js';
import { ChallengesService } from './challenges.service.js';
import { PublishChallenge } from './publish-challenge.use-case.js';
import { QuestionsService } from './questions.service.js';

const listQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(CHALLENGE_STATES).exclude(['draft']).optional(),
  type: z.enum(CHALLENGE_TYPES).optional(),
  category: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
const updateBody = challengeUpdateSchema.extend({ version: z.number().int().positive().optional() });
const transitionBody = z.object({ to: z.enum(CHALLENGE_STATES), reason: z.string().trim().max(2000).optional() });
const askBody = questionInputSchema.extend({ companyId: z.uuid().optional() });
const registrationBody = z.object({ companyId: z.uuid() });
const inviteOrganiserBody = z.object({ email: emailSchema, name: z.string().trim().min(1).max(200) });

@ApiTags('challenges')
@Controller('challenges')
export class ChallengesController {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly publish: PublishChallenge,
    private readonly amend: AmendChallenge,
    private readonly lifecycle: ChallengeLifecycle,
    private readonly questions: QuestionsService,
  ) {}

  /** Published challenges, for everyone: search, filter and page through them. */
  @Get()
  list(@Query({ schema: listQuery }) query: z.infer<typeof listQuery>) {
    return this.challenges.list(query);
  }

  @Get('categories')
  categories() {
    return this.challenges.categories();
  }

  @Get('mine')
  @Auth()
  mine(@SignedInUser() user: AuthUser) {
    return this.challenges.mine(user);
  }

  @Get(':id')
  detail(@CurrentUser() user: AuthUser | undefined, @Param('id', ParseUUIDPipe) id: string) {
    return this.challenges.detail(user, id);
  }

  @Post()
  @Auth('staff')
  create(@SignedInUser() user: AuthUser, @Body({ schema: challengeCreateSchema }) body: ChallengeCreate) {
    return this.challenges.create(user, body);
  }

  @Patch(':id')
  @Auth()
  update(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: updateBody }) body: ChallengeUpdate & { version?: number }) {
    const { version, ...update } = body;
    return this.challenges.update(user, id, update, version);
  }

  /** Publishes the challenge and freezes its evaluation method (its SHA-256 is returned and shown). */
  @Post(':id/publish')
  @HttpCode(200)
  @Auth()
  publishChallenge(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.publish.execute(user, id);
  }

  @Post(':id/amendments')
  @Auth()
  amendChallenge(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: amendmentInputSchema }) body: AmendmentInput) {
    return this.amend.execute(user, id, body);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Auth()
  async transition(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: transitionBody }) body: z.infer<typeof transitionBody>) {
    const challenge = await this.lifecycle.transitionByOrganiser(user, id, body.to, body.reason);
    return { id: challenge.id, status: challenge.status };
  }

  @Get(':id/team')
  @Auth()
  team(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.challenges.team(user, id);
  }

  @Post(':id/organisers')
  @Auth()
  inviteOrganiser(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: inviteOrganiserBody }) body: z.infer<typeof inviteOrganiserBody>) {
    return this.challenges.inviteOrganiser(user, id, body);
  }

  /** A company follows the challenge and receives every answer and amendment. */
  @Post(':id/registrations')
  @Auth()
  register(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: registrationBody }) body: z.infer<typeof registrationBody>) {
    return this.questions.register(user, id, body.companyId);
  }

  @Get(':id/registrations/mine')
  @Auth()
  myRegistrations(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.questions.myRegistrations(user, id);
  }

  @Post(':id/questions')
  @Auth()
  ask(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: askBody }) body: QuestionInput & { companyId?: string }) {
    return this.questions.ask(user, id, body);
  }

  @Get(':id/questions')
  @Auth()
  allQuestions(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.questions.forOrganisers(user, id);
  }

  @Get(':id/questions/mine')
  @Auth()
  myQuestions(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.questions.mine(user, id);
  }
}
