import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type InvitationInput, acceptInvitationSchema, invitationInputSchema } from '@fairpitch/shared/accounts';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Auth, SignedInUser } from './auth.decorators.js';
import type { AuthUser } from './auth-user.js';
import { AuthService } from './auth.service.js';
import { clientInfo } from './client-info.js';
import { InvitationsService } from './invitations.service.js';
import { setSessionCookie } from './session-cookie.js';

const tokenParam = z.string().regex(/^[A-Za-z0-9_-]{20,200}$/);

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @Auth('staff')
  async create(@SignedInUser() user: AuthUser, @Body({ schema: invitationInputSchema }) body: InvitationInput) {
    return this.invitations.invite(user, body);
  }

  @Get()
  @Auth('admin')
  list() {
    return this.invitations.listOpen();
  }

  /** What the invitation page shows before the person sets a password. */
  @Get(':token')
  preview(@Param('token', { schema: tokenParam }) token: string) {
    return this.invitations.preview(token);
  }

  /** Sets the password, creates the account and signs the new user in. */
  @Post('accept')
  @HttpCode(201)
  async accept(
    @Body({ schema: acceptInvitationSchema }) body: z.infer<typeof acceptInvitationSchema>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const user = await this.invitations.accept(body.token, body.password, body.name);
    const session = await this.auth.login(user.email, body.password, clientInfo(request));
    setSessionCookie(response, this.config, session.token, session.expiresAt);
    return session.user;
  }
}
