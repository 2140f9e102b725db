import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { recordedReasonSchema } from '@fairpitch/shared/common';
import { Auth, SignedInUser } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ScreeningProgressService } from './screening-progress.service.js';
import { ScreeningReportsService } from './screening-reports.service.js';
import { ScreeningReviewService } from './screening-review.service.js';

const decisionBody = z.object({ ruleId: z.string().min(1).max(100), decision: z.enum(['confirmed', 'overridden']), reason: recordedReasonSchema });
const responseBody = z.object({ text: z.string().trim().min(5).max(10_000) });
const leakBody = z.object({ decision: z.enum(['redacted', 'accepted']), reason: recordedReasonSchema });

@ApiTags('screening')
@Controller()
export class ScreeningController {
  constructor(
    private readonly reports: ScreeningReportsService,
    private readonly progressService: ScreeningProgressService,
    private readonly review: ScreeningReviewService,
  ) {}

  /** The current report: {rulesetVersion, inputHash, status, areas, findings, …}. */
  @Get('entries/:id/screening')
  @Auth()
  report(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.reports.forEntry(user, id);
  }

  /** Every submitted entry's current report (or where its job stands), for the team after opening: one request for the whole list. */
  @Get('challenges/:id/screening/reports')
  @Auth()
  reportsOfChallenge(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.reports.forChallenge(user, id);
  }

  @Get('entries/:id/screening/history')
  @Auth()
  history(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.reports.history(user, id);
  }

  /** An organiser confirms or overrides a failed blocker, with a reason (audited). */
  @Post('entries/:id/screening/decisions')
  @HttpCode(200)
  @Auth()
  decide(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: decisionBody }) body: z.infer<typeof decisionBody>) {
    return this.review.decide(user, id, body);
  }

  @Post('entries/:id/screening/responses')
  @Auth()
  respond(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: responseBody }) body: z.infer<typeof responseBody>) {
    return this.review.respond(user, id, body.text);
  }

  @Post('entries/:id/screening/identity-leaks')
  @HttpCode(200)
  @Auth()
  identityLeaks(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: leakBody }) body: z.infer<typeof leakBody>) {
    return this.review.decideIdentityLeaks(user, id, body);
  }

  @Get('challenges/:id/screening/progress')
  @Auth()
  progress(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.progressService.progress(user, id);
  }

  @Post('challenges/:id/screening/rerun')
  @HttpCode(202)
  @Auth()
  rerun(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.progressService.rerun(user, id);
  }

  @Get('screening/rules')
  rules() {
    return this.review.ruleCatalogue();
  }
}
