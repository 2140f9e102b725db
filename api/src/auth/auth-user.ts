import type { GlobalRole } from '@fairpitch/shared/accounts';
import type { Request } from 'express';

/** The signed-in person as every service sees it. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  globalRole: GlobalRole | null;
  locale: 'da' | 'en';
  sessionId: string;
}

export interface AuthedRequest extends Request {
  user?: AuthUser;
}

export function isAdmin(user: AuthUser | undefined): boolean {
  return user?.globalRole === 'admin';
}

/** Municipal staff: may create challenges. Admins count as staff. */
export function isStaff(user: AuthUser | undefined): boolean {
  return user?.globalRole === 'staff' || user?.globalRole === 'admin';
}
