import type { AuthUser } from '../auth/auth-user.js';
import type { User } from '../auth/user.entity.js';

/** Seeding acts through the same services as people do, as the demo user concerned. */
export function asActor(user: User): AuthUser {
  return { id: user.id, email: user.email, name: user.name, globalRole: user.globalRole, locale: user.locale, sessionId: 'seed' };
}
