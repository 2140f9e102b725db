import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type LoginInput, changePasswordSchema, loginSchema, updateProfileSchema } from '@fairpitch/shared/accounts';
import type { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Auth, SignedInUser } from './auth.decorators.js';
import type { AuthUser } from './auth-user.js';
import { AuthService } from './auth.service.js';
import { clientInfo } from './client-info.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { UsersService } from './users.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  async login(@Body({ schema: loginSchema }) body: LoginInput, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { token, expiresAt, user } = await this.auth.login(body.email, body.password, clientInfo(request));
    setSessionCookie(response, this.config, token, expiresAt);
    return user;
  }

  @Post('logout')
  @HttpCode(204)
  @Auth()
  async logout(@SignedInUser() user: AuthUser, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(user);
    clearSessionCookie(response, this.config);
  }

  @Get('me')
  @Auth()
  me(@SignedInUser() user: AuthUser) {
    return this.auth.me(user);
  }

  @Patch('me')
  @Auth()
  updateMe(@SignedInUser() user: AuthUser, @Body({ schema: updateProfileSchema }) body: z.infer<typeof updateProfileSchema>) {
    return this.users.updateProfile(user, body);
  }

  @Post('password')
  @HttpCode(204)
  @Auth()
  async changePassword(@SignedInUser() user: AuthUser, @Body({ schema: changePasswordSchema }) body: z.infer<typeof changePasswordSchema>): Promise<void> {
    await this.auth.changePassword(user, body.currentPassword, body.newPassword);
  }
}
