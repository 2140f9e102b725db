import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthUser, AuthedRequest } from './auth-user.js';

export type AccessLevel = 'user' | 'staff' | 'admin';
export const ACCESS_KEY = 'fairpitch:access';

/** Route needs a signed-in user; 'staff' and 'admin' narrow it to those global roles. */
export const Auth = (level: AccessLevel = 'user') => SetMetadata(ACCESS_KEY, level);

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser | undefined => {
  return context.switchToHttp().getRequest<AuthedRequest>().user;
});

/** Same as CurrentUser, for routes guarded by @Auth() where the user is always present. */
export const SignedInUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => {
  return context.switchToHttp().getRequest<AuthedRequest>().user as AuthUser;
});
