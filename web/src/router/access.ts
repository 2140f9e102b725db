import type { GlobalRole } from '@fairpitch/shared/accounts';
import type { RouteLocationNormalized } from 'vue-router';

/** What a route asks of the reader. Child routes inherit their parent's demands. */
export interface RouteAccess {
  requiresAuth?: boolean;
  /** 'staff' admits admins too. */
  requiredRole?: GlobalRole;
}

export type AccessDecision = 'allow' | 'sign-in' | 'forbidden';

export function decideAccess(access: RouteAccess, user: { globalRole: GlobalRole | null } | null): AccessDecision {
  const needsUser = access.requiresAuth || access.requiredRole !== undefined;
  if (!needsUser) return 'allow';
  if (!user) return 'sign-in';
  if (access.requiredRole === 'admin' && user.globalRole !== 'admin') return 'forbidden';
  if (access.requiredRole === 'staff' && user.globalRole !== 'staff' && user.globalRole !== 'admin') return 'forbidden';
  return 'allow';
}

export function routeAccess(route: Pick<RouteLocationNormalized, 'meta'>): RouteAccess {
  return { requiresAuth: route.meta.requiresAuth, requiredRole: route.meta.requiredRole };
}

/**
 * The place to go after signing in: only a path on this site, never another origin
 * (`//evil.example` or `/\evil.example` would leave it), so the link cannot be used to phish.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}
