import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Auth, SignedInUser } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { JurorViews } from './juror-views.service.js';
import { type ReviewInput, reviewBody } from './jury.dto.js';
import { JuryReviews } from './jury-reviews.service.js';

/** What a juror works with: their assignments, the entries (redacted in blind review) and their reviews. */
@ApiTags('judging')
@Controller('jury')
export class JurorController {
  constructor(
    private readonly views: JurorViews,
    private readonly reviews: JuryReviews,
  ) {}

  @Get('assignments')
  @Auth()
  assignments(@SignedInUser() user: AuthUser) {
    return this.views.assignments(user);
  }

  @Get('entries/:entryId')
  @Auth()
  entry(@SignedInUser() user: AuthUser, @Param('entryId', ParseUUIDPipe) entryId: string) {
    return this.views.entry(user, entryId);
  }

  @Get('entries/:entryId/documents/:attachmentId')
  @Auth()
  async document(
    @SignedInUser() user: AuthUser,
    @Param('entryId', ParseUUIDPipe) entryId: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.views.document(user, entryId, attachmentId);
    response.setHeader('Content-Type', file.mime);
    response.setHeader('Content-Length', String(file.size));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    response.setHeader('Cache-Control', 'private, no-store');
    file.stream.pipe(response);
  }

  /** The other jurors' reviews of the entry, only once the caller has submitted their own. */
  @Get('entries/:entryId/reviews')
  @Auth()
  panelReviews(@SignedInUser() user: AuthUser, @Param('entryId', ParseUUIDPipe) entryId: string) {
    return this.reviews.panelReviews(user, entryId);
  }

  @Get('reviews/:entryId')
  @Auth()
  mine(@SignedInUser() user: AuthUser, @Param('entryId', ParseUUIDPipe) entryId: string) {
    return this.reviews.mine(user, entryId);
  }

  /** Saves a draft, or with `submit: true` locks the review (every criterion scored and justified). */
  @Put('reviews/:entryId')
  @Auth()
  save(@SignedInUser() user: AuthUser, @Param('entryId', ParseUUIDPipe) entryId: string, @Body({ schema: reviewBody }) body: ReviewInput) {
    return this.reviews.save(user, entryId, body);
  }
}
