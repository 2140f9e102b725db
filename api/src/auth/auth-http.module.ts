import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module.js';
import { AuthController } from './auth.controller.js';
import { AuthModule } from './auth.module.js';
import { AuthService } from './auth.service.js';
import { InvitationsController } from './invitations.controller.js';
import { LoginThrottle } from './login-throttle.js';
import { SessionGuard } from './session.guard.js';
import { UsersController } from './users.controller.js';

/**
 * Sign-in, invitations and users over HTTP, with the session guard on every route. Only the
 * HTTP app loads it: logging in (and its Redis-backed throttle) is of no use to the worker.
 */
@Module({
  imports: [AuthModule, AuditModule],
  controllers: [AuthController, InvitationsController, UsersController],
  providers: [AuthService, LoginThrottle, { provide: APP_GUARD, useClass: SessionGuard }],
})
export class AuthHttpModule {}
