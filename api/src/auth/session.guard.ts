import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AppError } from '../common/app-error.js';
import { ACCESS_KEY, type AccessLevel } from './auth.decorators.js';
import { type AuthedRequest, isAdmin, isStaff } from './auth-user.js';
import { isCrossSiteWrite } from './csrf.js';
import { SESSION_COOKIE } from './session-cookie.js';
import { SessionsService } from './sessions.service.js';

/** Global guard: refuses cross-site writes, resolves the session cookie, enforces @Auth levels. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    if (isCrossSiteWrite(request, this.config.publicUrl)) throw new AppError('auth.csrf', 403);

    const token = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    request.user = token ? ((await this.sessions.resolve(token)) ?? undefined) : undefined;

    const level = this.reflector.getAllAndOverride<AccessLevel | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!level) return true;
    if (!request.user) throw AppError.unauthorised();
    if (level === 'admin' && !isAdmin(request.user)) throw AppError.forbidden();
    if (level === 'staff' && !isStaff(request.user)) throw AppError.forbidden();
    return true;
  }
}
